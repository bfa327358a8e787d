using System.Collections;

namespace QrTerminal.Core
{
    /// <summary>
    /// A parsed JSON object with typed, path-aware accessors. Missing or mistyped members throw
    /// <see cref="JsonFieldException"/> naming the dotted path, so callers can report exactly which field is bad.
    /// A member whose value is JSON null counts as absent.
    /// </summary>
    public sealed class JsonObject
    {
        private readonly Hashtable _members = new Hashtable();
        private string _path = string.Empty;

        /// <summary>Dotted path of this object inside its document ("" for the root).</summary>
        public string Path
        {
            get { return _path; }
        }

        /// <summary>Number of members, null-valued ones included.</summary>
        public int Count
        {
            get { return _members.Count; }
        }

        /// <summary>True when the member exists (even with a null value).</summary>
        public bool Has(string name)
        {
            return _members.Contains(name);
        }

        /// <summary>The raw value (JsonObject, ArrayList, string, long, double, bool) or null when absent.</summary>
        public object Get(string name)
        {
            return _members[name];
        }

        /// <summary>Used by the reader; sets a member.</summary>
        internal void Set(string name, object value)
        {
            _members[name] = value;
        }

        /// <summary>Dotted path of a member of this object.</summary>
        public string PathOf(string name)
        {
            return _path.Length == 0 ? name : _path + "." + name;
        }

        /// <summary>A required string member.</summary>
        public string GetString(string name)
        {
            object v = Require(name);
            string s = v as string;
            if (s == null)
            {
                throw new JsonFieldException(PathOf(name), "must be a string");
            }

            return s;
        }

        /// <summary>An optional string member, or <paramref name="fallback"/> when absent.</summary>
        public string GetString(string name, string fallback)
        {
            return _members[name] == null ? fallback : GetString(name);
        }

        /// <summary>A required integer member within [min, max].</summary>
        public long GetLong(string name, long min, long max)
        {
            object v = Require(name);
            if (!(v is long))
            {
                throw new JsonFieldException(PathOf(name), "must be an integer");
            }

            long value = (long)v;
            if (value < min || value > max)
            {
                throw new JsonFieldException(PathOf(name), "must be between " + min.ToString() + " and " + max.ToString());
            }

            return value;
        }

        /// <summary>An optional integer member within [min, max], or <paramref name="fallback"/> when absent.</summary>
        public long GetLong(string name, long min, long max, long fallback)
        {
            return _members[name] == null ? fallback : GetLong(name, min, max);
        }

        /// <summary>An optional integer member within [min, max] as int, or <paramref name="fallback"/> when absent.</summary>
        public int GetInt(string name, int min, int max, int fallback)
        {
            return (int)GetLong(name, min, max, fallback);
        }

        /// <summary>An optional boolean member, or <paramref name="fallback"/> when absent.</summary>
        public bool GetBool(string name, bool fallback)
        {
            object v = _members[name];
            if (v == null)
            {
                return fallback;
            }

            if (!(v is bool))
            {
                throw new JsonFieldException(PathOf(name), "must be true or false");
            }

            return (bool)v;
        }

        /// <summary>A required object member.</summary>
        public JsonObject GetObject(string name)
        {
            object v = Require(name);
            JsonObject o = v as JsonObject;
            if (o == null)
            {
                throw new JsonFieldException(PathOf(name), "must be an object");
            }

            o._path = PathOf(name);
            return o;
        }

        /// <summary>An optional object member, or null when absent.</summary>
        public JsonObject GetObjectOrNull(string name)
        {
            return _members[name] == null ? null : GetObject(name);
        }

        /// <summary>A required array member.</summary>
        public ArrayList GetArray(string name)
        {
            object v = Require(name);
            ArrayList a = v as ArrayList;
            if (a == null)
            {
                throw new JsonFieldException(PathOf(name), "must be an array");
            }

            return a;
        }

        /// <summary>The member names (order unspecified).</summary>
        public ICollection Keys
        {
            get { return _members.Keys; }
        }

        private object Require(string name)
        {
            object v = _members[name];
            if (v == null)
            {
                throw new JsonFieldException(PathOf(name), "is missing");
            }

            return v;
        }
    }
}
