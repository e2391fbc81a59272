namespace SchemaGen.Generator.Analyzers.Interpretation;

/// <summary>What the interpreter can say about a text without running the program.</summary>
internal enum Verdict
{
    /// <summary>The schema accepts it (a hand-written cross-field rule might still refuse it).</summary>
    Valid,

    /// <summary>The parser refuses it, with <see cref="InterpreterAnswer.Error"/>.</summary>
    Invalid,

    /// <summary>It depends on code the analyzer cannot run (a custom Format method), or a pattern took too long.</summary>
    Unknown,
}

/// <summary>The interpreter's answer for one text.</summary>
internal readonly struct InterpreterAnswer
{
    private InterpreterAnswer(Verdict verdict, ParseError? error)
    {
        Verdict = verdict;
        Error = error;
    }

    public static InterpreterAnswer Valid => new(Verdict.Valid, null);

    public static InterpreterAnswer Unknown => new(Verdict.Unknown, null);

    public Verdict Verdict { get; }

    /// <summary>The parser's error, when <see cref="Verdict"/> is <see cref="Verdict.Invalid"/>.</summary>
    public ParseError? Error { get; }

    public static InterpreterAnswer Invalid(ParseError error) => new(Verdict.Invalid, error);
}
