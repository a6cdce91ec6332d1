using System.Net;
using System.Text.RegularExpressions;
using Throughline.Api.Tests.Support;

namespace Throughline.Api.Tests.Explorer;

[Collection(SharedServerCollection.Name)]
public sealed partial class ExplorerPageTests(SharedServer shared)
{
    [Fact]
    public async Task The_root_serves_the_explorer_page_built_from_its_typescript_source()
    {
        var response = await shared.Server.SendAsync(HttpMethod.Get, "/", accept: "text/html");
        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("text/html");
        response.Text.Should().Contain("Throughline").And.Contain("/explorer/assets/");
    }

    [Fact]
    public async Task The_page_s_script_and_styles_come_from_this_server_and_name_no_other_host()
    {
        var page = (await shared.Server.SendAsync(HttpMethod.Get, "/")).Text;
        var assets = AssetReference().Matches(page).Select(m => m.Groups[1].Value).ToList();
        assets.Should().Contain(a => a.EndsWith(".js", StringComparison.Ordinal)).And.Contain(a => a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var response = await shared.Server.SendAsync(HttpMethod.Get, asset);
            response.Status.Should().Be(HttpStatusCode.OK, asset);
        }

        page.Should().NotContain("http://").And.NotContain("https://");
    }

    [GeneratedRegex("(?:src|href)=\"(/explorer/assets/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
