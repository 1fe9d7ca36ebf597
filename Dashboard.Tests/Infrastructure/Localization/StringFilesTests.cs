using System.Globalization;
using System.Xml.Linq;
using Dashboard.Infrastructure;
using Dashboard.Tests.TestInfrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Dashboard.Tests.Infrastructure.Localization;

/// <summary>
/// The strings' source files: Resources/SharedResource.resx and every feature's Features/&lt;Name&gt;/Strings.resx
/// (Vietnamese), each with its .en.resx (English), merged by the build into the one SharedResource.
/// </summary>
public sealed class StringFilesTests
{
    private static readonly string App = Path.Combine(Repository.Root, "Dashboard");

    /// <summary>Each Vietnamese file and the English file beside it, relative to Dashboard/.</summary>
    private static IEnumerable<(string Vi, string En)> Pairs() =>
        new[] { Path.Combine(App, "Resources", "SharedResource.resx") }
            .Concat(Directory.GetFiles(Path.Combine(App, "Features"), "Strings.resx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Select(vi => (vi, Path.ChangeExtension(vi, ".en.resx")));

    private static IEnumerable<string> EnglishFiles() =>
        Directory.GetFiles(Path.Combine(App, "Features"), "Strings.en.resx", SearchOption.AllDirectories)
            .Append(Path.Combine(App, "Resources", "SharedResource.en.resx"));

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string Relative(string file) => Path.GetRelativePath(App, file);

    [Fact]
    public void EveryFeatureFolder_HasStrings_InOnlyTheStringsPair()
    {
        var stray = Directory.GetFiles(Path.Combine(App, "Features"), "Strings*.resx", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not ("Strings.resx" or "Strings.en.resx") || Path.GetDirectoryName(Path.GetDirectoryName(f)) != Path.Combine(App, "Features"))
            .Select(Relative);
        Assert.Empty(stray);
    }

    [Fact]
    public void EveryKey_IsDefinedInOneFileOnly_InEachLanguage()
    {
        foreach (var files in new[] { Pairs().Select(p => p.Vi), EnglishFiles() })
        {
            var twice = files.Where(File.Exists)
                .SelectMany(f => Read(f).Keys.Select(k => (Key: k, File: Relative(f))))
                .GroupBy(x => x.Key)
                .Where(g => g.Count() > 1)
                .Select(g => g.Key + ": " + string.Join(", ", g.Select(x => x.File)));
            Assert.Empty(twice);
        }
    }

    [Fact]
    public void EveryVietnameseFile_HasAnEnglishFileWithTheSameKeys_AndTheReverse()
    {
        foreach (var en in EnglishFiles())
        {
            Assert.True(File.Exists(en.Replace(".en.resx", ".resx", StringComparison.Ordinal)), Relative(en) + " has no Vietnamese file beside it");
        }
        foreach (var (vi, en) in Pairs())
        {
            Assert.True(File.Exists(en), Relative(vi) + " has no English file beside it");
            var viKeys = Read(vi).Keys.ToHashSet();
            var enKeys = Read(en).Keys.ToHashSet();
            Assert.Empty(viKeys.Except(enKeys).Select(k => k + " is in " + Relative(vi) + " but not in " + Relative(en)));
            Assert.Empty(enKeys.Except(viKeys).Select(k => k + " is in " + Relative(en) + " but not in " + Relative(vi)));
        }
    }

    [Theory]
    [InlineData("vi-VN", "Đã đóng, chưa giải quyết")]
    [InlineData("en-GB", "Closed unresolved")]
    public void FeatureString_ResolvesThroughTheSharedLocalizer_InBothLanguages(string culture, string expected)
    {
        // IncStatus_Closed lives in Features/Incidents/Strings{,.en}.resx, not in Resources/.
        Assert.DoesNotContain("IncStatus_Closed", Read(Path.Combine(App, "Resources", "SharedResource.resx")).Keys);
        var text = InCulture(culture, l => l["IncStatus_Closed"]);
        Assert.False(text.ResourceNotFound);
        Assert.Equal(expected, text.Value);
    }

    [Fact]
    public void EveryFilesStrings_ResolveThroughTheSharedLocalizer_WithTheFilesText()
    {
        foreach (var (file, culture) in Pairs().SelectMany(p => new[] { (p.Vi, "vi-VN"), (p.En, "en-GB") }))
        {
            var expected = Read(file);
            var actual = InCulture(culture, l => l.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value));
            Assert.Empty(expected.Where(kv => !actual.TryGetValue(kv.Key, out var v) || v != kv.Value)
                .Select(kv => $"{kv.Key} ({Relative(file)}) resolves in {culture} to «{(actual.TryGetValue(kv.Key, out var v) ? v : "nothing")}»"));
        }
    }

    private static T InCulture<T>(string culture, Func<IStringLocalizer<SharedResource>, T> read)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Dashboard"] = "Data Source=:memory:",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddDashboardCore(config).BuildServiceProvider();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return read(provider.GetRequiredService<IStringLocalizer<SharedResource>>());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
