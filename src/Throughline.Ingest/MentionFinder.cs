using Throughline.Core.Model;

namespace Throughline.Ingest;

/// <summary>
/// Finds mentions of known entities by name and alias in text: longest match first, case-, punctuation- and
/// corporate-suffix-insensitive, possessives allowed. A match must start with a capital or a digit in the text, so
/// common words that happen to be names ("dragonfly") are not taken for them; the corporate suffix written after a
/// matched name ("Seagate Technology PLC") is part of the mention.
/// </summary>
public sealed class MentionFinder
{
    private readonly Dictionary<string, List<string>> _byKey = new(StringComparer.Ordinal);
    private readonly int _longest;

    public MentionFinder(IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            foreach (var name in entity.Names)
            {
                var key = NameKey.Of(name);
                if (key.Length == 0)
                {
                    continue;
                }

                var ids = IdsFor(string.Join(' ', key));
                if (!ids.Contains(entity.Id))
                {
                    ids.Add(entity.Id);
                }

                _longest = Math.Max(_longest, key.Length);
            }
        }
    }

    public IReadOnlyList<Mention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = NameKey.Words(text);
        var mentions = new List<Mention>();
        for (var i = 0; i < words.Count; i++)
        {
            var first = text[words[i].Start];
            if (!char.IsUpper(first) && !char.IsDigit(first))
            {
                continue;
            }

            for (var length = Math.Min(_longest, words.Count - i); length >= 1; length--)
            {
                if (!Contiguous(text, words, i, length)
                    || !_byKey.TryGetValue(string.Join(' ', words.Skip(i).Take(length).Select(w => w.Word)), out var ids))
                {
                    continue;
                }

                var last = i + length - 1;
                while (last + 1 < words.Count && NameKey.IsCorporateSuffix(words[last + 1].Word) && Contiguous(text, words, last, 2))
                {
                    last++;
                }

                var end = words[last].End;
                if (end < text.Length && text[end] == '.' && NameKey.IsCorporateSuffix(words[last].Word))
                {
                    end++; // "Co." keeps its period
                }

                mentions.Add(new Mention(words[i].Start, end, text[words[i].Start..end], ids));
                i = last;
                break;
            }
        }

        return mentions;
    }

    /// <summary>Words of one name are separated only by spaces, hyphens or the punctuation of suffixes (". ", ", ").</summary>
    private static bool Contiguous(string text, List<(int Start, int End, string Word)> words, int from, int length)
    {
        for (var k = from; k < from + length - 1; k++)
        {
            var gap = text[words[k].End..words[k + 1].Start];
            if (gap.Length > 3 || gap.Any(c => !(c is ' ' or '-' or '.' or ',' or '&' or '\u00a0')) || gap.Contains(". ", StringComparison.Ordinal) && !NameKey.IsCorporateSuffix(words[k].Word))
            {
                return false;
            }
        }

        return true;
    }

    private List<string> IdsFor(string key)
    {
        if (!_byKey.TryGetValue(key, out var ids))
        {
            ids = [];
            _byKey[key] = ids;
        }

        return ids;
    }
}
