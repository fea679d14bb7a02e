using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using SalesKpi.Tests.Support;

namespace SalesKpi.Tests.Packaging;

/// <summary>The NuGet package as a consumer gets it: packed, restored from a folder, used by a throwaway project.</summary>
public sealed class PackageFixture
{
    public PackageFixture()
    {
        Version = "0.1.0-test." + Guid.NewGuid().ToString("N")[..12];
        Feed = Scratch.NewFolder("feed");
        Engines.Run("dotnet", ["pack", Path.Combine(Repository.Root, "src", "SalesKpi"), "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nologo"], TimeSpan.FromMinutes(5));
        Package = Path.Combine(Feed, $"SalesKpi.{Version}.nupkg");
    }

    public string Version { get; }

    public string Feed { get; }

    public string Package { get; }
}

[Collection(PackingCollection.Name)]
public class PackageTests(PackageFixture fixture) : IClassFixture<PackageFixture>
{
    [Fact]
    public void Package_has_its_metadata_readme_docs_and_symbols()
    {
        using var package = ZipFile.OpenRead(fixture.Package);
        var files = package.Entries.Select(e => e.FullName).ToList();
        files.Should().Contain(["README.md", "lib/net8.0/SalesKpi.dll", "lib/net8.0/SalesKpi.xml", "lib/netstandard2.0/SalesKpi.dll", "lib/netstandard2.0/SalesKpi.xml"]);
        File.Exists(Path.ChangeExtension(fixture.Package, ".snupkg")).Should().BeTrue("symbols ship beside the package");

        using var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Value("id").Should().Be("SalesKpi");
        Value("license").Should().Be("MIT");
        Value("readme").Should().Be("README.md");
        Value("description").Should().Contain("21 sales KPIs");
        Value("authors").Should().NotBeNullOrWhiteSpace();
        Value("tags").Should().Contain("kpi");
    }

    [Fact]
    public void Throwaway_project_restores_the_package_from_a_folder_and_writes_a_workbook()
    {
        var project = Scratch.NewFolder("consumer");
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{fixture.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SalesKpi" Version="{fixture.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using SalesKpi;

            KpiWorkbook.Write(args[0], new WorkbookOptions { Language = Language.Spanish }, SampleData.Create());
            Console.WriteLine(KpiWorkbook.Read(args[0]).Records.Count);
            """);

        var workbook = Path.Combine(project, "kpis.xlsx");
        var output = Path.Combine(project, "out.txt");
        Engines.Run("bash", ["-c", $"dotnet run --project '{project}' -- '{workbook}' > '{output}'"], TimeSpan.FromMinutes(5));

        File.ReadAllText(output).Trim().Should().Be(SampleData.Create().Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var reader = new XlsxReader(workbook);
        reader.SheetNames.Should().Contain("Cuadro de mando");
    }
}
