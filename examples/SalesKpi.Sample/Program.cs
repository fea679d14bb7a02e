using System;
using SalesKpi.Sample;

return Cli.Run(args, Console.Out, Console.Error);
