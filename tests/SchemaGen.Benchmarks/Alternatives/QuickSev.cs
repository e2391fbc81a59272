using SchemaGen.Sev;

namespace SchemaGen.Benchmarks.Alternatives;

/// <summary>What the hand-written <c>amd-sev</c> parsers read: the five values, defaults applied, with no presence.</summary>
public readonly record struct QuickSev(SevType Type, bool AllowSmt, bool NoDebug, bool NoKeySharing, bool KernelHashes);
