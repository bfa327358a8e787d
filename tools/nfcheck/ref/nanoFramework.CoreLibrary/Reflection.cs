// Reference declarations for nfcheck: nanoFramework.CoreLibrary 1.17.11 (assembly mscorlib).
// Signatures from nanoframework/CoreLibrary:nanoFramework.CoreLibrary/System/Reflection/*.cs (public parts only); bodies are throw null.
namespace System.Reflection
{
    [Flags]
    public enum BindingFlags
    {
        Default = 0x00, IgnoreCase = 0x01, DeclaredOnly = 0x02, Instance = 0x04, Static = 0x08, Public = 0x10,
        NonPublic = 0x20, FlattenHierarchy = 0x40, InvokeMethod = 0x0100, CreateInstance = 0x0200,
        GetField = 0x0400, SetField = 0x0800, GetProperty = 0x1000, SetProperty = 0x2000,
        PutDispProperty = 0x4000, PutRefDispProperty = 0x8000, ExactBinding = 0x010000,
        SuppressChangeType = 0x020000, OptionalParamBinding = 0x040000, IgnoreReturn = 0x01000000,
    }

    [Flags]
    public enum MemberTypes
    {
        Constructor = 0x01, Event = 0x02, Field = 0x04, Method = 0x08, Property = 0x10, TypeInfo = 0x20,
        Custom = 0x40, NestedType = 0x80, All = Constructor | Event | Field | Method | Property | TypeInfo | NestedType,
    }

    public interface IReflect
    {
        MethodInfo GetMethod(string name, BindingFlags bindingAttr);
        FieldInfo GetField(string name, BindingFlags bindingAttr);
    }

    public abstract class MemberInfo
    {
        public abstract MemberTypes MemberType { get; }
        public abstract string Name { get; }
        public abstract Type DeclaringType { get; }
        public virtual object[] GetCustomAttributes(bool inherit) { throw null; }
    }

    public abstract class MethodBase : MemberInfo
    {
        public bool IsPublic { get { throw null; } }
        public bool IsStatic { get { throw null; } }
        public bool IsFinal { get { throw null; } }
        public bool IsVirtual { get { throw null; } }
        public bool IsAbstract { get { throw null; } }
        public object Invoke(object obj, object[] parameters) { throw null; }
        public override string Name { get { throw null; } }
        public override Type DeclaringType { get { throw null; } }
    }

    public abstract class MethodInfo : MethodBase
    {
        public override MemberTypes MemberType { get { throw null; } }
        public abstract Type ReturnType { get; }
    }

    public abstract class ConstructorInfo : MethodBase
    {
        public override MemberTypes MemberType { get { throw null; } }
        public object Invoke(object[] parameters) { throw null; }
    }

    public abstract class FieldInfo : MemberInfo
    {
        public override MemberTypes MemberType { get { throw null; } }
        public abstract Type FieldType { get; }
        public abstract object GetValue(object obj);
        public virtual void SetValue(object obj, object value) { throw null; }
    }

    public abstract class PropertyInfo : MemberInfo
    {
        public override MemberTypes MemberType { get { throw null; } }
        public abstract Type PropertyType { get; }
        public virtual object GetValue(object obj, object[] index) { throw null; }
        public virtual void SetValue(object obj, object value, object[] index) { throw null; }
    }

    public class Assembly
    {
        public virtual string FullName { get { throw null; } }
        public static Assembly GetExecutingAssembly() { throw null; }
        public virtual Type GetType(string name) { throw null; }
        public virtual Type[] GetTypes() { throw null; }
        public static Assembly Load(string assemblyString) { throw null; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        public DefaultMemberAttribute(string memberName) { throw null; }
        public string MemberName { get { throw null; } }
    }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class FieldNoReflectionAttribute : Attribute
    {
        public FieldNoReflectionAttribute() { throw null; }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTitleAttribute : Attribute { public AssemblyTitleAttribute(string title) { throw null; } public string Title { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDescriptionAttribute : Attribute { public AssemblyDescriptionAttribute(string description) { throw null; } public string Description { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyConfigurationAttribute : Attribute { public AssemblyConfigurationAttribute(string configuration) { throw null; } public string Configuration { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCompanyAttribute : Attribute { public AssemblyCompanyAttribute(string company) { throw null; } public string Company { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyProductAttribute : Attribute { public AssemblyProductAttribute(string product) { throw null; } public string Product { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCopyrightAttribute : Attribute { public AssemblyCopyrightAttribute(string copyright) { throw null; } public string Copyright { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTrademarkAttribute : Attribute { public AssemblyTrademarkAttribute(string trademark) { throw null; } public string Trademark { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCultureAttribute : Attribute { public AssemblyCultureAttribute(string culture) { throw null; } public string Culture { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyVersionAttribute : Attribute { public AssemblyVersionAttribute(string version) { throw null; } public string Version { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyFileVersionAttribute : Attribute { public AssemblyFileVersionAttribute(string version) { throw null; } public string Version { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyInformationalVersionAttribute : Attribute { public AssemblyInformationalVersionAttribute(string informationalVersion) { throw null; } public string InformationalVersion { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyKeyFileAttribute : Attribute { public AssemblyKeyFileAttribute(string keyFile) { throw null; } public string KeyFile { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyKeyNameAttribute : Attribute { public AssemblyKeyNameAttribute(string keyName) { throw null; } public string KeyName { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDelaySignAttribute : Attribute { public AssemblyDelaySignAttribute(bool delaySign) { throw null; } public bool DelaySign { get { throw null; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDefaultAliasAttribute : Attribute { public AssemblyDefaultAliasAttribute(string defaultAlias) { throw null; } public string DefaultAlias { get { throw null; } } }
}
