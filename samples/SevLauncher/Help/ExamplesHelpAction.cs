using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace SevLauncher.Help;

/// <summary>
/// The <c>--help</c> action: System.CommandLine's help for the command, then its examples and the
/// exit codes, which the standard help has no section for.
/// </summary>
internal sealed class ExamplesHelpAction(HelpAction standard, HelpExtras extras) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        int result = standard.Invoke(parseResult);
        if (extras.TryGet(parseResult.CommandResult.Command, out string text))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine(text.TrimEnd());
            output.WriteLine();
        }

        return result;
    }
}
