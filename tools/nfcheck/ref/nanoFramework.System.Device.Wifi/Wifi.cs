// Reference declarations for nfcheck: nanoFramework.System.Device.Wifi 1.5.149 (assembly System.Device.Wifi).
// Signatures from nanoframework/System.Device.Wifi:System.Device.Wifi/NetworkHelper/WifiNetworkHelper.cs,
// WifiReconnectionKind.cs, WifiAdapter.cs, WifiNetworkReport.cs, WifiAvailableNetwork.cs; bodies are throw null.
namespace System.Device.Wifi
{
    public enum WifiReconnectionKind
    {
        Automatic,
        Manual
    }

    public delegate void AvailableNetworksChangedEventHandler(WifiAdapter sender, object e);

    public sealed class WifiAdapter : IDisposable
    {
        public event AvailableNetworksChangedEventHandler AvailableNetworksChanged { add { throw null; } remove { throw null; } }
        public int NetworkInterface { get { throw null; } }
        public WifiNetworkReport NetworkReport { get { throw null; } }
        public static WifiAdapter[] FindAllAdapters() { throw null; }
        public void ScanAsync() { throw null; }
        public void Disconnect() { throw null; }
        public void Dispose() { throw null; }
    }

    public class WifiNetworkReport
    {
        public WifiAvailableNetwork[] AvailableNetworks { get { throw null; } }
    }

    public class WifiAvailableNetwork
    {
        public string Bsid { get { throw null; } }
        public string Ssid { get { throw null; } }
        public double NetworkRssiInDecibelMilliwatts { get { throw null; } }
        public byte SignalBars { get { throw null; } }
    }
}

namespace nanoFramework.Networking
{
    using System;
    using System.Device.Wifi;
    using System.Threading;

    public static class WifiNetworkHelper
    {
        public static ManualResetEvent NetworkReady { get { throw null; } }
        public static NetworkHelperStatus Status { get { throw null; } }
        public static Exception HelperException { get { throw null; } }
        public static void Disconnect() { throw null; }
        public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) { throw null; }
        public static bool ScanAndConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int WifiAdapter = 0, CancellationToken token = default) { throw null; }
        public static bool Reconnect(bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) { throw null; }
    }
}
