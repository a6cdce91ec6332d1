using System.Text;
using Throughline.Core.Model;

namespace Throughline.Core.Synthetic;

/// <summary>Accumulates one synthetic article's text, one sentence per claim, and hands out evidence with exact offsets.</summary>
internal sealed class ArticleWriter
{
    private readonly StringBuilder _text = new();

    public static string IdOf(int article) => $"bench-{article}";

    public Evidence State(string sentence, int article)
    {
        if (_text.Length > 0)
        {
            _text.Append(_text.Length % 400 < 200 ? " " : "\n\n");
        }

        var start = _text.Length;
        _text.Append(sentence);
        return new Evidence(IdOf(article), sentence, start, _text.Length);
    }

    public Article Finish(int article)
    {
        var text = _text.ToString();
        _text.Clear();
        return new Article(IdOf(article), $"Synthetic report {article}", "Synthetic Wire", ["Bench Generator"], null,
            PartialDate.FromYear(2019), null, [], text);
    }
}
