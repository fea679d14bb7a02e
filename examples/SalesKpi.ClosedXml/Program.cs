using System;
using System.IO;
using SalesKpi.ClosedXml;

// Usage: dotnet run --project examples/SalesKpi.ClosedXml -- [output folder]
var folder = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var files = Workflow.Run(folder);
Console.WriteLine($"Blank calculator:      {files.Blank}");
Console.WriteLine($"Customised calculator: {files.Customised}");
Console.WriteLine($"Filled workbook:       {files.Filled}");
return 0;
