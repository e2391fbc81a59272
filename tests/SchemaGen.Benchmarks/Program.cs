// The benchmarks arrive with issue 9.
System.Console.WriteLine("No benchmarks yet.");
