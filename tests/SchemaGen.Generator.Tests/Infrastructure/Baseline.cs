using System.Reflection;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated code with a checked-in file under Baselines/. Set the environment variable
/// <c>SCHEMAGEN_UPDATE_BASELINES=1</c> to rewrite the files instead (then review the diff).
/// </summary>
public static class Baseline
{
    public static bool Updating => Environment.GetEnvironmentVariable("SCHEMAGEN_UPDATE_BASELINES") == "1";

    public static void AssertMatches(string fileName, string actual)
    {
        var path = Path.Combine(ProjectDirectory, "Baselines", fileName);
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No baseline {path}: run the tests once with SCHEMAGEN_UPDATE_BASELINES=1.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            int line = 0;
            while (line < Math.Min(expectedLines.Length, actualLines.Length) && expectedLines[line] == actualLines[line])
            {
                line++;
            }

            Assert.Fail(
                $"{fileName} differs from its baseline at line {line + 1}:\n  expected: {expectedLines.ElementAtOrDefault(line)}\n  " +
                    $"actual:   {actualLines.ElementAtOrDefault(line)}\nRun with SCHEMAGEN_UPDATE_BASELINES=1 to accept the new output.");
        }
    }

    private static string ProjectDirectory => typeof(Baseline).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;
}
