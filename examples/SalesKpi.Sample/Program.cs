using System;
using SalesKpi.Sample;

using var scratch = ScratchFolder.ForThisProcess();
return Cli.Run(args, Console.Out, Console.Error, progressBar: !Console.IsErrorRedirected);
