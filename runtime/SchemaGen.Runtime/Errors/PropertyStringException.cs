namespace SchemaGen;

/// <summary>Thrown by the generated <c>Parse</c> methods; <see cref="Exception.Message"/> is the error's text.</summary>
public sealed class PropertyStringException : FormatException
{
    /// <summary>Creates the exception for an error.</summary>
    public PropertyStringException(PropertyStringError error)
        : base(error.ToString()) => Error = error;

    /// <summary>The error, with its key, kind and place in the input.</summary>
    public PropertyStringError Error { get; }
}
