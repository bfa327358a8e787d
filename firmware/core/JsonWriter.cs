using System.Text;

namespace QrTerminal.Core
{
    /// <summary>Writes flat JSON objects (events) into a StringBuilder with correct string escaping.</summary>
    public sealed class JsonWriter
    {
        private readonly StringBuilder _sb = new StringBuilder();
        private bool _first = true;

        /// <summary>Starts an object.</summary>
        public JsonWriter()
        {
            _sb.Append('{');
        }

        /// <summary>Adds a string member; skipped when <paramref name="value"/> is null.</summary>
        public JsonWriter Add(string name, string value)
        {
            if (value != null)
            {
                Name(name);
                AppendString(_sb, value);
            }

            return this;
        }

        /// <summary>Adds an integer member.</summary>
        public JsonWriter Add(string name, long value)
        {
            Name(name);
            _sb.Append(value.ToString());
            return this;
        }

        /// <summary>Closes the object and returns the text.</summary>
        public string Finish()
        {
            _sb.Append('}');
            return _sb.ToString();
        }

        /// <summary>Appends <paramref name="s"/> as a quoted JSON string.</summary>
        public static void AppendString(StringBuilder sb, string s)
        {
            sb.Append('"');
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            sb.Append("\\u00");
                            sb.Append(((int)c).ToString("X2"));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            sb.Append('"');
        }

        private void Name(string name)
        {
            if (!_first)
            {
                _sb.Append(',');
            }

            _first = false;
            AppendString(_sb, name);
            _sb.Append(':');
        }
    }
}
