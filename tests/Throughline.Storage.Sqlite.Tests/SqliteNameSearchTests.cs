using Throughline.Core.Model;
using Throughline.Core.Storage;

namespace Throughline.Storage.Sqlite.Tests;

/// <summary>
/// The trigram name index's limits: a text few entities hold is answered from the index; one more than its share
/// hold is answered by the scan, or refused when the caller does not allow a scan (the API, when it cannot pay).
/// </summary>
public sealed class SqliteNameSearchTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_rare_text_comes_from_the_index_and_a_common_one_from_the_scan_or_not_at_all()
    {
        var entities = Enumerable.Range(0, 1_500).Select(i => new Entity($"org/o{i}", $"Org {i}", EntityKind.Organization, [])).ToList();
        await using var store = await SqliteGraphStore.OpenAsync(_directory.File("search.db"));
        await store.ApplyAsync(new ImportBatch([], entities, []));
        var holdingOrg12 = entities.Count(e => e.Name.Contains("org 12", StringComparison.OrdinalIgnoreCase));

        var rare = await store.SearchEntitiesAsync(new EntitySearch("org 12", AllowScan: false));
        var common = await store.SearchEntitiesAsync(new EntitySearch("org", AllowScan: true));
        var refused = () => store.SearchEntitiesAsync(new EntitySearch("org", AllowScan: false));

        rare.Scanned.Should().BeFalse();
        rare.TotalCount.Should().Be(holdingOrg12);
        rare.Items[0].Id.Should().Be("org/o12", "the exact match ranks first");
        common.Scanned.Should().BeTrue("all 1,500 hold the text: more than the index's 1,000 candidates");
        common.TotalCount.Should().Be(1_500);
        (await refused.Should().ThrowAsync<SearchTooBroadException>()).Which.Message.Should().Contain("'org'").And.Contain("more specific");
    }
}
