// The code fixes arrive with the analyzers (issue 5).
namespace SchemaGen.CodeFixes;
