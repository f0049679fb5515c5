using System.Text;

namespace CorpusGen.Emit
{
    /// <summary>Writes indented C# source line by line; braces open and close indentation.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        /// <summary>Writes one line at the current indentation.</summary>
        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0) _builder.Append(' ', _indent * 4).Append(text);
            _builder.Append('\n');
            return this;
        }

        /// <summary>Writes <paramref name="header"/> and an opening brace, and indents.</summary>
        public SourceWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        /// <summary>Closes a brace opened by <see cref="Open"/>.</summary>
        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <summary>Writes a one-line XML summary.</summary>
        public SourceWriter Summary(string text) => Line("/// <summary>" + text + "</summary>");

        /// <inheritdoc />
        public override string ToString() => _builder.ToString();
    }
}
