// Reference declarations for nfcheck: nanoFramework.System.Net 1.11.60 (assembly System.Net).
// Signatures from nanoframework/System.Net:nanoFramework.System.Net/NetworkInformation/NetworkInterface.cs,
// NetworkInterfaceType.cs, NetworkHelper/NetworkHelperStatus.cs, X509Certificates/X509Certificate.cs; bodies are throw null.
namespace System.Net.NetworkInformation
{
    public enum NetworkInterfaceType
    {
        Unknown = 1,
        Ethernet = 6,
        Wireless80211 = 71,
        WirelessAP = 72,
    }

    public class NetworkInterface
    {
        protected NetworkInterface(int interfaceIndex) { throw null; }
        public static bool GetIsNetworkAvailable() { throw null; }
        public static NetworkInterface[] GetAllNetworkInterfaces() { throw null; }
        public string IPv4Address { get { throw null; } }
        public string IPv4GatewayAddress { get { throw null; } }
        public bool IsDhcpEnabled { get { throw null; } }
        public NetworkInterfaceType NetworkInterfaceType { get { throw null; } }
        public byte[] PhysicalAddress { get { throw null; } set { throw null; } }
    }
}

namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus
    {
        None,
        Started,
        NetworkIsReady,
        FailedNoNetworkInterface,
        TokenExpiredWaitingIPAddress,
        TokenExpiredWaitingDateTime,
        ErrorConnetingToWiFiWhileScanning,
        Reconnecting,
        ExceptionOccurred
    }
}

namespace System.Security.Cryptography.X509Certificates
{
    public class X509Certificate
    {
        protected string _issuer;
        protected string _subject;
        protected DateTime _effectiveDate;
        protected DateTime _expirationDate;
        protected byte[] _handle;
        protected byte[] _sessionHandle;
        public X509Certificate() { throw null; }
        public X509Certificate(byte[] certificate) { throw null; }
        public X509Certificate(string certificate) { throw null; }
        public virtual string Issuer { get { throw null; } }
        public virtual string Subject { get { throw null; } }
        public virtual DateTime GetEffectiveDate() { throw null; }
        public virtual DateTime GetExpirationDate() { throw null; }
        public virtual byte[] GetRawCertData() { throw null; }
    }
}
