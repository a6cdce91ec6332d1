namespace Throughline.Core.SeedData;

/// <summary>
/// A fast reader for the block YAML the seed files are written in: block mappings with plain keys, block sequences,
/// one-line plain, single- and double-quoted scalars, one-line flow collections, comments. A claims file of a large graph
/// is millions of such lines, and YamlDotNet's general parser spends most of <c>validate</c> and <c>import</c> on them.
/// <see cref="TryParse"/> refuses anything outside that subset — anchors, tags, block scalars, a scalar or flow
/// collection over several lines, document markers, tabs, and every syntax error — and the caller then reads the
/// whole text with YamlDotNet, so the nodes, their lines and every error message are always YamlDotNet's.
/// </summary>
internal sealed class BlockYaml
{
    /// <summary>The one-letter escapes of a double-quoted scalar this reader takes; YamlDotNet reads the others.</summary>
    private static readonly Dictionary<char, char> Escapes = new() { ['\\'] = '\\', ['"'] = '"', ['/'] = '/', ['n'] = '\n', ['t'] = '\t', ['r'] = '\r', ['0'] = '\0' };

    private readonly string _text;
    private readonly List<Line> _lines = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private int _next;

    private BlockYaml(string text)
    {
        _text = text;
        _keyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The root of <paramref name="text"/>, or false when the text is outside the subset (YamlDotNet must read it).</summary>
    public static bool TryParse(string text, out SeedNode? root)
    {
        root = null;
        var reader = new BlockYaml(text);
        if (!reader.SplitLines() || reader._lines.Count == 0)
        {
            return false;
        }

        try
        {
            root = reader.Block(reader._lines[0].Indent);
            return reader._next == reader._lines.Count;
        }
        catch (OutsideSubset)
        {
            root = null;
            return false;
        }
    }

    /// <summary>Every line that holds content, with its number and indentation; false on characters YAML treats specially.</summary>
    private bool SplitLines()
    {
        var number = 0;
        var start = 0;
        while (start <= _text.Length)
        {
            number++;
            var end = _text.IndexOf('\n', start);
            if (end < 0)
            {
                end = _text.Length;
            }

            var stop = end > start && _text[end - 1] == '\r' ? end - 1 : end;
            var indent = start;
            while (indent < stop && _text[indent] == ' ')
            {
                indent++;
            }

            for (var i = indent; i < stop; i++)
            {
                var c = _text[i];
                if ((c < ' ' && c != '\n') || c is >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff')
                {
                    return false; // tabs, control characters, other line breaks, a byte-order mark inside the text
                }
            }

            if (indent < stop && _text[indent] != '#')
            {
                if (indent == start && (IsMarker(start, stop, "---") || IsMarker(start, stop, "...") || _text[start] == '%'))
                {
                    return false; // a document marker or directive
                }

                _lines.Add(new Line(number, start, indent - start, stop));
            }

            start = end + 1;
        }

        return true;
    }

    private bool IsMarker(int start, int stop, string marker) =>
        string.CompareOrdinal(_text, start, marker, 0, 3) == 0 && (start + 3 == stop || _text[start + 3] == ' ');

    /// <summary>The mapping or sequence whose first line is the next one, at <paramref name="indent"/>.</summary>
    private SeedNode Block(int indent)
    {
        var line = _lines[_next];
        Require(line.Indent == indent);
        var at = line.Start + indent;
        return IsDash(at, line.End) ? Sequence(indent) : Mapping(indent, at);
    }

    private bool IsDash(int at, int end) => _text[at] == '-' && (at + 1 == end || _text[at + 1] == ' ');

    private SeedSequence Sequence(int indent)
    {
        var first = _lines[_next].Number;
        var items = new List<SeedNode>();
        while (_next < _lines.Count && _lines[_next].Indent == indent && IsDash(_lines[_next].Start + indent, _lines[_next].End))
        {
            var line = _lines[_next];
            var at = SkipSpaces(line.Start + indent + 1, line.End);
            if (at == line.End || _text[at] == '#')
            {
                Require(at == line.End || _text[at - 1] == ' ');
                _next++;
                Require(_next < _lines.Count && _lines[_next].Indent > indent);
                items.Add(Block(_lines[_next].Indent));
            }
            else if (KeyEnd(at, line.End) > 0)
            {
                items.Add(Mapping(at - line.Start, at)); // "- key: value": a mapping whose keys line up with this one
            }
            else
            {
                items.Add(Inline(line, at));
                _next++;
            }

            Require(_next == _lines.Count || _lines[_next].Indent <= indent);
        }

        return new SeedSequence(first, items);
    }

    /// <summary>A mapping whose keys sit at column <paramref name="indent"/>; its first key starts at <paramref name="at"/>.</summary>
    private SeedMapping Mapping(int indent, int at)
    {
        var first = _lines[_next].Number;
        var entries = new List<KeyValuePair<SeedNode, SeedNode>>();
        while (true)
        {
            var line = _lines[_next];
            var keyEnd = KeyEnd(at, line.End);
            Require(keyEnd > 0);
            var key = Key(at, keyEnd);
            Require(IsNew(entries, key));
            var valueAt = SkipSpaces(keyEnd + 1, line.End);
            SeedNode value;
            if (valueAt == line.End || _text[valueAt] == '#')
            {
                Require(valueAt == line.End || _text[valueAt - 1] == ' ');
                _next++;
                if (_next < _lines.Count && _lines[_next].Indent > indent)
                {
                    value = Block(_lines[_next].Indent);
                }
                else if (_next < _lines.Count && _lines[_next].Indent == indent && IsDash(_lines[_next].Start + indent, _lines[_next].End))
                {
                    value = Sequence(indent); // a sequence may sit at its key's indentation
                }
                else
                {
                    value = new SeedScalar(line.Number, string.Empty, Plain: true);
                }
            }
            else
            {
                value = Inline(line, valueAt);
                _next++;
            }

            entries.Add(KeyValuePair.Create<SeedNode, SeedNode>(new SeedScalar(line.Number, key, Plain: true), value));
            if (_next == _lines.Count || _lines[_next].Indent < indent)
            {
                return new SeedMapping(first, entries);
            }

            Require(_lines[_next].Indent == indent);
            at = _lines[_next].Start + indent;
            Require(!IsDash(at, _lines[_next].End)); // a sequence item among a mapping's keys
        }
    }

    /// <summary>Whether no entry has <paramref name="key"/> yet; a mapping has a handful of keys, so a scan beats a set.</summary>
    private static bool IsNew(List<KeyValuePair<SeedNode, SeedNode>> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (((SeedScalar)entry.Key).Value == key)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The position of the colon ending a plain name key at <paramref name="at"/>, or -1.</summary>
    private int KeyEnd(int at, int end)
    {
        var i = at;
        while (i < end && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] == '_' || (i > at && _text[i] == '-')))
        {
            i++;
        }

        return i > at && i < end && _text[i] == ':' && (i + 1 == end || _text[i + 1] == ' ') ? i : -1;
    }

    private string Key(int start, int end) =>
        _keyLookup.TryGetValue(_text.AsSpan(start, end - start), out var known) ? known : Add(_text[start..end]);

    private string Add(string key)
    {
        _keys.Add(key);
        return key;
    }

    /// <summary>A value that ends on its own line: a scalar or a one-line flow collection, then at most a comment.</summary>
    private SeedNode Inline(Line line, int at)
    {
        var end = line.End;
        SeedNode value;
        int after;
        switch (_text[at])
        {
            case '"' or '\'':
                value = Quoted(line.Number, at, end, out after);
                break;
            case '[' or '{':
                value = Flow(line.Number, at, end, out after);
                break;
            default:
                return Plain(line.Number, at, end);
        }

        var rest = SkipSpaces(after, end);
        Require(rest == end || (_text[rest] == '#' && rest > after));
        return value;
    }

    /// <summary>A plain scalar in block context: up to a comment or the end of the line.</summary>
    private SeedScalar Plain(int number, int at, int end)
    {
        Require(!IsIndicator(_text[at]));
        var stop = at;
        for (var i = at; i < end; i++)
        {
            var c = _text[i];
            if (c == '#' && _text[i - 1] == ' ')
            {
                break;
            }

            Require(c is not ('[' or ']' or '{' or '}') && !(c == ':' && (i + 1 == end || _text[i + 1] == ' ')));
            if (c != ' ')
            {
                stop = i + 1;
            }
        }

        return new SeedScalar(number, _text[at..stop], Plain: true);
    }

    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

    private SeedScalar Quoted(int number, int at, int end, out int after)
    {
        var quote = _text[at];
        var close = _text.IndexOf(quote, at + 1, end - at - 1);
        Require(close > 0); // a quoted scalar over several lines
        if ((quote == '"' ? _text.IndexOf('\\', at + 1, close - at - 1) : -1) < 0 && (close + 1 == end || _text[close + 1] != quote))
        {
            after = close + 1;
            return new SeedScalar(number, _text[(at + 1)..close], Plain: false); // no escapes: the text as written
        }

        var value = new System.Text.StringBuilder();
        var i = at + 1;
        while (true)
        {
            Require(i < end); // a quoted scalar over several lines
            var c = _text[i];
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < end && _text[i + 1] == '\'')
                {
                    value.Append('\'');
                    i += 2;
                    continue;
                }

                after = i + 1;
                return new SeedScalar(number, value.ToString(), Plain: false);
            }

            if (c == '\\' && quote == '"')
            {
                Require(i + 1 < end);
                i = Escape(i + 1, end, value);
                continue;
            }

            value.Append(c);
            i++;
        }
    }

    /// <summary>The escape whose letter is at <paramref name="at"/>, appended; the position after it.</summary>
    private int Escape(int at, int end, System.Text.StringBuilder value)
    {
        if (Escapes.TryGetValue(_text[at], out var escaped))
        {
            value.Append(escaped);
            return at + 1;
        }

        Require(_text[at] == 'u');
        var code = at + 5 <= end && ushort.TryParse(_text.AsSpan(at + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var hex) ? hex : -1;
        Require(code >= 0 && !char.IsSurrogate((char)code));
        value.Append((char)code);
        return at + 5;
    }

    /// <summary>A flow sequence or mapping that closes on the line it opens on.</summary>
    private SeedNode Flow(int number, int at, int end, out int after)
    {
        var close = _text[at] == '[' ? ']' : '}';
        var items = new List<SeedNode>();
        var entries = new List<KeyValuePair<SeedNode, SeedNode>>();
        var i = SkipSpaces(at + 1, end);
        Require(i < end);
        if (_text[i] != close)
        {
            while (true)
            {
                if (close == ']')
                {
                    items.Add(FlowValue(number, i, end, out i));
                }
                else
                {
                    var keyEnd = KeyEnd(i, end);
                    Require(keyEnd > 0 && keyEnd + 1 < end);
                    var key = Key(i, keyEnd);
                    Require(IsNew(entries, key));
                    var value = FlowValue(number, SkipSpaces(keyEnd + 1, end), end, out i);
                    entries.Add(KeyValuePair.Create<SeedNode, SeedNode>(new SeedScalar(number, key, Plain: true), value));
                }

                i = SkipSpaces(i, end);
                Require(i < end && (_text[i] == ',' || _text[i] == close));
                if (_text[i] == close)
                {
                    break;
                }

                i = SkipSpaces(i + 1, end);
                Require(i < end && _text[i] != close); // a trailing comma
            }
        }

        after = i + 1;
        return close == ']' ? new SeedSequence(number, items) : new SeedMapping(number, entries);
    }

    private SeedNode FlowValue(int number, int at, int end, out int after)
    {
        Require(at < end);
        switch (_text[at])
        {
            case '"' or '\'':
                return Quoted(number, at, end, out after);
            case '[' or '{':
                return Flow(number, at, end, out after);
        }

        Require(!IsIndicator(_text[at]));
        var stop = at;
        var i = at;
        for (; i < end && _text[i] is not (',' or ']' or '}'); i++)
        {
            Require(_text[i] is not ('[' or '{' or ':' or '#'));
            if (_text[i] != ' ')
            {
                stop = i + 1;
            }
        }

        after = i;
        return new SeedScalar(number, _text[at..stop], Plain: true);
    }

    private int SkipSpaces(int at, int end)
    {
        while (at < end && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private static void Require(bool inSubset)
    {
        if (!inSubset)
        {
            throw new OutsideSubset();
        }
    }

    /// <summary>A line with content: its 1-based number, where it starts, its indentation and where its content ends.</summary>
    private readonly record struct Line(int Number, int Start, int Indent, int End);

    /// <summary>Thrown to abandon the fast path; never leaves this class.</summary>
    private sealed class OutsideSubset : Exception;
}
