namespace CorpusGen.Core.Reading
{
    /// <summary>What part of the article a block of text is.</summary>
    public enum BlockKind
    {
        /// <summary>The headline.</summary>
        Title,
        /// <summary>A paragraph of the article (the standfirst included).</summary>
        Paragraph,
        /// <summary>A photo caption or credit: names count, dates and events do not.</summary>
        Caption,
    }

    /// <summary>A kept range of the file, [Start, End).</summary>
    public readonly record struct TextBlock(int Start, int End, BlockKind Kind);

    /// <summary>One line of the file, without its line break.</summary>
    public readonly record struct TextLine(int Index, int Start, int End);
}
