namespace Throughline.GraphQL.Language;

/// <summary>A GraphQL document's text; turns character offsets into line/column locations.</summary>
public sealed class Source
{
    private int[]? _lineStarts;

    public Source(string body, string name = "GraphQL request")
    {
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    public SourceLocation GetLocation(int offset)
    {
        _lineStarts ??= ComputeLineStarts(Body);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(line + 1, offset - _lineStarts[line] + 1);
    }

    // Line terminators per spec 2.1.6: \n, \r\n and \r.
    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
