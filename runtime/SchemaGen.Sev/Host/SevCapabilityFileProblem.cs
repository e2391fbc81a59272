namespace SchemaGen.Sev;

/// <summary>What is wrong with a host capability file; see <see cref="SevCapabilityFileException.Problem"/>.</summary>
public enum SevCapabilityFileProblem
{
    /// <summary>There is no file at the path.</summary>
    Missing,

    /// <summary>The path is a directory.</summary>
    NotAFile,

    /// <summary>The path is a symbolic link, which the reader does not follow.</summary>
    SymbolicLink,

    /// <summary>The file exists but could not be read.</summary>
    Unreadable,

    /// <summary>The file is empty (or a device or pipe, which report no size).</summary>
    Empty,

    /// <summary>The file is larger than <see cref="SevCapabilityFile.MaxFileSize"/>.</summary>
    TooLarge,

    /// <summary>The JSON stops before the top-level object is closed.</summary>
    Truncated,

    /// <summary>The content is not valid JSON, has something after the object, or repeats a key.</summary>
    InvalidJson,

    /// <summary>A value has the wrong JSON type (a string where an integer belongs, ...).</summary>
    WrongType,

    /// <summary>A value has the right type but is outside the schema (<c>cbitpos</c> above 100, ...).</summary>
    InvalidValue,

    /// <summary>Writing the file failed; the previous file, if any, is unchanged.</summary>
    WriteFailed,
}
