// Reference declarations for nfcheck: nanoFramework.System.Collections 1.5.75 (assembly nanoFramework.System.Collections).
// Signatures from nanoframework/System.Collections:nanoFramework.System.Collections/Collections/{Hashtable,Queue,Stack,DictionaryEntry,IDictionary,IDictionaryEnumerator}.cs (non-generic v1.5.x); bodies are throw null.
namespace System.Collections
{
    public class DictionaryEntry
    {
        public object Key;
        public object Value;
        public DictionaryEntry(object key, object value) { throw null; }
    }

    public interface IDictionaryEnumerator : IEnumerator
    {
        object Key { get; }
        object Value { get; }
        DictionaryEntry Entry { get; }
    }

    public interface IDictionary : ICollection
    {
        object this[object key] { get; set; }
        ICollection Keys { get; }
        ICollection Values { get; }
        bool Contains(object key);
        void Add(object key, object value);
        void Clear();
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        void Remove(object key);
    }

    public class Hashtable : ICloneable, IDictionary
    {
        public Hashtable() { throw null; }
        public Hashtable(int capacity) { throw null; }
        public Hashtable(int capacity, float loadFactor) { throw null; }
        public object Clone() { throw null; }
        public IEnumerator GetEnumerator() { throw null; }
        public int Count { get { throw null; } }
        public bool IsSynchronized { get { throw null; } }
        public object SyncRoot { get { throw null; } }
        public void CopyTo(Array array, int arrayIndex) { throw null; }
        public bool IsReadOnly { get { throw null; } }
        public bool IsFixedSize { get { throw null; } }
        public ICollection Keys { get { throw null; } }
        public ICollection Values { get { throw null; } }
        public object this[object key] { get { throw null; } set { throw null; } }
        public void Add(object key, object value) { throw null; }
        public void Clear() { throw null; }
        public bool Contains(object key) { throw null; }
        public bool ContainsKey(object key) { throw null; }
        public void Remove(object key) { throw null; }
    }

    public class Queue : ICollection, ICloneable
    {
        public Queue() { throw null; }
        public virtual int Count { get { throw null; } }
        public virtual object Clone() { throw null; }
        public virtual bool IsSynchronized { get { throw null; } }
        public virtual object SyncRoot { get { throw null; } }
        public virtual void Clear() { throw null; }
        public virtual void CopyTo(Array array, int index) { throw null; }
        public virtual void Enqueue(object obj) { throw null; }
        public virtual IEnumerator GetEnumerator() { throw null; }
        public virtual object Dequeue() { throw null; }
        public virtual object Peek() { throw null; }
        public virtual bool Contains(object obj) { throw null; }
        public virtual object[] ToArray() { throw null; }
    }

    public class Stack : ICollection, ICloneable
    {
        public Stack() { throw null; }
        public virtual int Count { get { throw null; } }
        public virtual bool IsSynchronized { get { throw null; } }
        public virtual object SyncRoot { get { throw null; } }
        public virtual void Clear() { throw null; }
        public virtual object Clone() { throw null; }
        public virtual bool Contains(object obj) { throw null; }
        public virtual void CopyTo(Array array, int index) { throw null; }
        public virtual IEnumerator GetEnumerator() { throw null; }
        public virtual object Peek() { throw null; }
        public virtual object Pop() { throw null; }
        public virtual void Push(object obj) { throw null; }
        public virtual object[] ToArray() { throw null; }
    }
}
