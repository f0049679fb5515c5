using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusGen.Core.Catalog
{
    /// <summary>The kinds of JSON value.</summary>
    public enum JsonKind
    {
        /// <summary>An object.</summary>
        Object,
        /// <summary>An array.</summary>
        Array,
        /// <summary>A string.</summary>
        String,
        /// <summary>A number.</summary>
        Number,
        /// <summary>true or false.</summary>
        Boolean,
        /// <summary>null.</summary>
        Null,
    }

    /// <summary>
    /// A JSON value that remembers where it stands in the file, so that every catalog problem can be
    /// reported at its own line and column. System.Text.Json is not used: an analyzer must not bring
    /// a runtime dependency that the compiler host may already load in another version.
    /// </summary>
    public sealed class JsonNode
    {
        private JsonNode(JsonKind kind, int start, int end, string? text, List<JsonNode>? items, List<KeyValuePair<JsonNode, JsonNode>>? properties)
        {
            Kind = kind;
            Start = start;
            End = end;
            Text = text;
            Items = items ?? (IReadOnlyList<JsonNode>)Array.Empty<JsonNode>();
            Properties = properties ?? (IReadOnlyList<KeyValuePair<JsonNode, JsonNode>>)Array.Empty<KeyValuePair<JsonNode, JsonNode>>();
        }

        /// <summary>What this value is.</summary>
        public JsonKind Kind { get; }

        /// <summary>Offset of the first character.</summary>
        public int Start { get; }

        /// <summary>Offset one past the last character.</summary>
        public int End { get; }

        /// <summary>The decoded string, or the literal text of a number or boolean.</summary>
        public string? Text { get; }

        /// <summary>Array elements.</summary>
        public IReadOnlyList<JsonNode> Items { get; }

        /// <summary>Object members in file order; keys are string nodes.</summary>
        public IReadOnlyList<KeyValuePair<JsonNode, JsonNode>> Properties { get; }

        /// <summary>Parses <paramref name="text"/>; throws <see cref="JsonSyntaxException"/> at the first error.</summary>
        public static JsonNode Parse(string text)
        {
            var parser = new Parser(text);
            var value = parser.ReadValue();
            parser.SkipWhitespace();
            if (!parser.AtEnd) throw new JsonSyntaxException("unexpected text after the end of the document", parser.Position);
            return value;
        }

        /// <summary>
        /// How deeply arrays and objects may nest (System.Text.Json's default too; a catalog needs
        /// four levels). The parser recurses per level, and a stack overflow cannot be caught: without
        /// a limit a file of nested brackets would take down the compiler process, or the IDE's.
        /// </summary>
        public const int MaxDepth = 64;

        private struct Parser
        {
            private readonly string _text;
            private int _pos;
            private int _depth;

            public Parser(string text)
            {
                _text = text;
                _pos = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
                _depth = 0;
            }

            public int Position => _pos;

            public bool AtEnd => _pos >= _text.Length;

            public void SkipWhitespace()
            {
                while (_pos < _text.Length)
                {
                    var c = _text[_pos];
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') _pos++;
                    else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                    {
                        // Comments are not JSON, but editors allow them in config files; accept line comments.
                        while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
                    }
                    else break;
                }
            }

            public JsonNode ReadValue()
            {
                SkipWhitespace();
                if (AtEnd) throw new JsonSyntaxException("unexpected end of file", _pos);
                var c = _text[_pos];
                switch (c)
                {
                    case '{':
                    case '[':
                        if (++_depth > MaxDepth) throw new JsonSyntaxException($"arrays and objects nested more than {MaxDepth} deep", _pos);
                        var nested = c == '{' ? ReadObject() : ReadArray();
                        _depth--;
                        return nested;
                    case '"': return ReadString();
                    case 't': return ReadWord("true", JsonKind.Boolean);
                    case 'f': return ReadWord("false", JsonKind.Boolean);
                    case 'n': return ReadWord("null", JsonKind.Null);
                    default:
                        if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                        throw new JsonSyntaxException($"unexpected character '{c}'", _pos);
                }
            }

            private JsonNode ReadObject()
            {
                var start = _pos++;
                var properties = new List<KeyValuePair<JsonNode, JsonNode>>();
                SkipWhitespace();
                if (!AtEnd && _text[_pos] == '}') return new JsonNode(JsonKind.Object, start, ++_pos, null, null, properties);
                while (true)
                {
                    SkipWhitespace();
                    if (AtEnd || _text[_pos] != '"') throw new JsonSyntaxException("expected a property name in double quotes", _pos);
                    var key = ReadString();
                    SkipWhitespace();
                    Expect(':', "expected ':' after the property name");
                    var value = ReadValue();
                    properties.Add(new KeyValuePair<JsonNode, JsonNode>(key, value));
                    SkipWhitespace();
                    if (!AtEnd && _text[_pos] == ',') { _pos++; continue; }
                    Expect('}', "expected ',' or '}' in the object");
                    return new JsonNode(JsonKind.Object, start, _pos, null, null, properties);
                }
            }

            private JsonNode ReadArray()
            {
                var start = _pos++;
                var items = new List<JsonNode>();
                SkipWhitespace();
                if (!AtEnd && _text[_pos] == ']') return new JsonNode(JsonKind.Array, start, ++_pos, null, items, null);
                while (true)
                {
                    items.Add(ReadValue());
                    SkipWhitespace();
                    if (!AtEnd && _text[_pos] == ',') { _pos++; continue; }
                    Expect(']', "expected ',' or ']' in the array");
                    return new JsonNode(JsonKind.Array, start, _pos, null, items, null);
                }
            }

            private JsonNode ReadString()
            {
                var start = _pos++;
                var builder = new StringBuilder();
                while (true)
                {
                    if (AtEnd || _text[_pos] == '\n') throw new JsonSyntaxException("unterminated string", start);
                    var c = _text[_pos++];
                    if (c == '"') return new JsonNode(JsonKind.String, start, _pos, builder.ToString(), null, null);
                    if (c != '\\') { builder.Append(c); continue; }
                    if (AtEnd) throw new JsonSyntaxException("unterminated string", start);
                    var escape = _text[_pos++];
                    switch (escape)
                    {
                        case '"': builder.Append('"'); break;
                        case '\\': builder.Append('\\'); break;
                        case '/': builder.Append('/'); break;
                        case 'b': builder.Append('\b'); break;
                        case 'f': builder.Append('\f'); break;
                        case 'n': builder.Append('\n'); break;
                        case 'r': builder.Append('\r'); break;
                        case 't': builder.Append('\t'); break;
                        case 'u':
                            if (_pos + 4 > _text.Length
                                || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                            {
                                throw new JsonSyntaxException("invalid \\u escape", _pos - 2);
                            }
                            builder.Append((char)code);
                            _pos += 4;
                            break;
                        default:
                            throw new JsonSyntaxException($"invalid escape '\\{escape}'", _pos - 2);
                    }
                }
            }

            private JsonNode ReadNumber()
            {
                var start = _pos;
                while (!AtEnd && "+-0123456789.eE".IndexOf(_text[_pos]) >= 0) _pos++;
                var literal = _text.Substring(start, _pos - start);
                if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    throw new JsonSyntaxException($"invalid number '{literal}'", start);
                }
                return new JsonNode(JsonKind.Number, start, _pos, literal, null, null);
            }

            private JsonNode ReadWord(string word, JsonKind kind)
            {
                if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) throw new JsonSyntaxException("unexpected text", _pos);
                var start = _pos;
                _pos += word.Length;
                return new JsonNode(kind, start, _pos, word, null, null);
            }

            private void Expect(char c, string message)
            {
                if (AtEnd || _text[_pos] != c) throw new JsonSyntaxException(message, _pos);
                _pos++;
            }
        }
    }

    /// <summary>A JSON syntax error at an offset.</summary>
    public sealed class JsonSyntaxException : Exception
    {
        /// <summary>Creates the error.</summary>
        public JsonSyntaxException(string message, int offset)
            : base(message) => Offset = offset;

        /// <summary>Offset of the error in the text.</summary>
        public int Offset { get; }
    }
}
