using System.Collections;
using System.Text;

namespace QrTerminal.Core
{
    /// <summary>
    /// A small strict JSON reader (RFC 8259) for protocol documents and the config file. Portable (nanoFramework 1.x
    /// and .NET), no reflection. Values come back as <see cref="JsonObject"/>, <see cref="ArrayList"/>, string,
    /// long (integers), double (numbers with a fraction or exponent), bool, or null.
    /// Bounded: nesting deeper than <see cref="MaxDepth"/> and text longer than the caller's limit are refused,
    /// so a hostile body cannot exhaust the stack or the heap. Trailing data, comments, single quotes,
    /// leading zeros, raw control characters and duplicate keys are all <see cref="JsonException"/>.
    /// </summary>
    public sealed class JsonReader
    {
        /// <summary>Deepest object/array nesting accepted.</summary>
        public const int MaxDepth = 16;

        private readonly string _text;
        private int _pos;
        private int _depth;

        private JsonReader(string text)
        {
            _text = text;
        }

        /// <summary>Parses one JSON value filling the whole of <paramref name="text"/> (whitespace aside).</summary>
        /// <exception cref="JsonException">the text is not exactly one well-formed JSON value.</exception>
        public static object Parse(string text)
        {
            if (text == null)
            {
                throw new JsonException("no JSON text", 0);
            }

            JsonReader reader = new JsonReader(text);
            reader.SkipWhitespace();
            object value = reader.ReadValue();
            reader.SkipWhitespace();
            if (reader._pos != text.Length)
            {
                throw new JsonException("unexpected data after the JSON value", reader._pos);
            }

            return value;
        }

        /// <summary>Decodes <paramref name="length"/> bytes of UTF-8 and parses them; see <see cref="Parse(string)"/>.</summary>
        public static object Parse(byte[] utf8, int length)
        {
            if (utf8 == null || length < 0 || length > utf8.Length)
            {
                throw new JsonException("no JSON bytes", 0);
            }

            if (length == 0)
            {
                throw new JsonException("empty body", 0);
            }

            int start = 0;
            // A UTF-8 byte order mark is tolerated (RFC 8259 section 8.1 allows ignoring it).
            if (length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
            {
                start = 3;
            }

            return Parse(Encoding.UTF8.GetString(utf8, start, length - start));
        }

        /// <summary>Parses text that must be a JSON object.</summary>
        public static JsonObject ParseObject(string text)
        {
            JsonObject obj = Parse(text) as JsonObject;
            if (obj == null)
            {
                throw new JsonException("the document is not a JSON object", 0);
            }

            return obj;
        }

        /// <summary>Parses UTF-8 bytes that must be a JSON object.</summary>
        public static JsonObject ParseObject(byte[] utf8, int length)
        {
            JsonObject obj = Parse(utf8, length) as JsonObject;
            if (obj == null)
            {
                throw new JsonException("the document is not a JSON object", 0);
            }

            return obj;
        }

        private object ReadValue()
        {
            if (_pos >= _text.Length)
            {
                throw new JsonException("unexpected end of JSON", _pos);
            }

            char c = _text[_pos];
            switch (c)
            {
                case '{':
                    return ReadObject();
                case '[':
                    return ReadArray();
                case '"':
                    return ReadString();
                case 't':
                    ExpectWord("true");
                    return true;
                case 'f':
                    ExpectWord("false");
                    return false;
                case 'n':
                    ExpectWord("null");
                    return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return ReadNumber();
                    }

                    throw new JsonException("unexpected character '" + c + "'", _pos);
            }
        }

        private JsonObject ReadObject()
        {
            Enter();
            _pos++; // '{'
            JsonObject obj = new JsonObject();
            SkipWhitespace();
            if (Peek() == '}')
            {
                _pos++;
                _depth--;
                return obj;
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw new JsonException("expected a quoted member name", _pos);
                }

                int keyPos = _pos;
                string key = ReadString();
                if (obj.Has(key))
                {
                    throw new JsonException("duplicate member \"" + key + "\"", keyPos);
                }

                SkipWhitespace();
                Expect(':');
                SkipWhitespace();
                obj.Set(key, ReadValue());
                SkipWhitespace();
                char c = Peek();
                _pos++;
                if (c == '}')
                {
                    _depth--;
                    return obj;
                }

                if (c != ',')
                {
                    throw new JsonException("expected ',' or '}'", _pos - 1);
                }
            }
        }

        private ArrayList ReadArray()
        {
            Enter();
            _pos++; // '['
            ArrayList list = new ArrayList();
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                _depth--;
                return list;
            }

            while (true)
            {
                SkipWhitespace();
                list.Add(ReadValue());
                SkipWhitespace();
                char c = Peek();
                _pos++;
                if (c == ']')
                {
                    _depth--;
                    return list;
                }

                if (c != ',')
                {
                    throw new JsonException("expected ',' or ']'", _pos - 1);
                }
            }
        }

        private string ReadString()
        {
            _pos++; // opening quote
            StringBuilder sb = null;
            int runStart = _pos;
            while (true)
            {
                if (_pos >= _text.Length)
                {
                    throw new JsonException("unterminated string", runStart - 1);
                }

                char c = _text[_pos];
                if (c == '"')
                {
                    string tail = _text.Substring(runStart, _pos - runStart);
                    _pos++;
                    if (sb == null)
                    {
                        return tail;
                    }

                    sb.Append(tail);
                    return sb.ToString();
                }

                if (c < ' ')
                {
                    throw new JsonException("control character in string", _pos);
                }

                if (c != '\\')
                {
                    _pos++;
                    continue;
                }

                if (sb == null)
                {
                    sb = new StringBuilder();
                }

                sb.Append(_text.Substring(runStart, _pos - runStart));
                _pos++;
                if (_pos >= _text.Length)
                {
                    throw new JsonException("unterminated escape", _pos);
                }

                char e = _text[_pos];
                _pos++;
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u': sb.Append(ReadHex4()); break;
                    default:
                        throw new JsonException("invalid escape '\\" + e + "'", _pos - 1);
                }

                runStart = _pos;
            }
        }

        private char ReadHex4()
        {
            if (_pos + 4 > _text.Length)
            {
                throw new JsonException("short \\u escape", _pos);
            }

            int value = 0;
            for (int i = 0; i < 4; i++)
            {
                char h = _text[_pos + i];
                int digit;
                if (h >= '0' && h <= '9')
                {
                    digit = h - '0';
                }
                else if (h >= 'a' && h <= 'f')
                {
                    digit = h - 'a' + 10;
                }
                else if (h >= 'A' && h <= 'F')
                {
                    digit = h - 'A' + 10;
                }
                else
                {
                    throw new JsonException("bad hex digit in \\u escape", _pos + i);
                }

                value = (value << 4) | digit;
            }

            _pos += 4;
            return (char)value;
        }

        private object ReadNumber()
        {
            int start = _pos;
            bool negative = false;
            if (_text[_pos] == '-')
            {
                negative = true;
                _pos++;
            }

            int intStart = _pos;
            while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9')
            {
                _pos++;
            }

            int intDigits = _pos - intStart;
            if (intDigits == 0)
            {
                throw new JsonException("digit expected", _pos);
            }

            if (intDigits > 1 && _text[intStart] == '0')
            {
                throw new JsonException("leading zero in number", intStart);
            }

            bool isInteger = true;
            if (_pos < _text.Length && _text[_pos] == '.')
            {
                isInteger = false;
                _pos++;
                int fracStart = _pos;
                SkipDigits();
                if (_pos == fracStart)
                {
                    throw new JsonException("digit expected after '.'", _pos);
                }
            }

            if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
            {
                isInteger = false;
                _pos++;
                if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-'))
                {
                    _pos++;
                }

                int expStart = _pos;
                SkipDigits();
                if (_pos == expStart)
                {
                    throw new JsonException("digit expected in exponent", _pos);
                }
            }

            if (!isInteger)
            {
                return double.Parse(_text.Substring(start, _pos - start));
            }

            // 18 digits always fit in a long; longer integers are refused rather than silently wrapped.
            if (intDigits > 18)
            {
                throw new JsonException("integer too large", start);
            }

            long value = 0;
            for (int i = intStart; i < _pos; i++)
            {
                value = (value * 10) + (_text[i] - '0');
            }

            return negative ? -value : value;
        }

        private void SkipDigits()
        {
            while (_pos < _text.Length && _text[_pos] >= '0' && _text[_pos] <= '9')
            {
                _pos++;
            }
        }

        private void Enter()
        {
            _depth++;
            if (_depth > MaxDepth)
            {
                throw new JsonException("nesting deeper than " + MaxDepth.ToString(), _pos);
            }
        }

        private void ExpectWord(string word)
        {
            if (_pos + word.Length > _text.Length || _text.Substring(_pos, word.Length) != word)
            {
                throw new JsonException("invalid literal", _pos);
            }

            _pos += word.Length;
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw new JsonException("expected '" + c + "'", _pos);
            }

            _pos++;
        }

        private char Peek()
        {
            if (_pos >= _text.Length)
            {
                throw new JsonException("unexpected end of JSON", _pos);
            }

            return _text[_pos];
        }

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                _pos++;
            }
        }
    }
}
