using System;
using System.Device.Wifi;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;
using QrTerminal.Core;

namespace QrTerminal.Device
{
    /// <summary>
    /// Wi-Fi through WifiNetworkHelper. The first connection uses the config's SSID (or the credentials stored by
    /// nanoff --networkdeployment); later ones call Reconnect, which reuses the stored profile. Both wait for a valid
    /// date and time (SNTP), which TLS certificate checks need. Automatic reconnection is also left on in the IDF.
    /// RSSI comes from a background scan (the helper does not expose the connected AP's signal): each read starts a
    /// scan and returns what the previous one measured, so a heartbeat reports the signal of the one before it.
    /// </summary>
    internal sealed class WifiLink : ILink
    {
        private readonly string _ssid;
        private readonly string _password;
        private bool _everConnected;
        private WifiAdapter _adapter;
        private int _rssi;

        public WifiLink(StandConfig config)
        {
            _ssid = config.WifiSsid;
            _password = config.WifiPassword;
        }

        public bool IsUp
        {
            get
            {
                NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
                for (int i = 0; i < all.Length; i++)
                {
                    NetworkInterface ni = all[i];
                    if (ni.NetworkInterfaceType == NetworkInterfaceType.Wireless80211 && ni.IPv4Address != null &&
                        ni.IPv4Address.Length > 0 && ni.IPv4Address != "0.0.0.0")
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Signal of the configured network in dBm from the last completed scan; 0 while unknown.</summary>
        public int Rssi
        {
            get
            {
                StartScan();
                return _rssi;
            }
        }

        private void StartScan()
        {
            if (_ssid == null || !IsUp)
            {
                return; // SSID unknown (provisioned by nanoff) or no link: nothing to measure.
            }

            try
            {
                if (_adapter == null)
                {
                    _adapter = WifiAdapter.FindAllAdapters()[0];
                    _adapter.AvailableNetworksChanged += OnScanDone;
                }

                _adapter.ScanAsync();
            }
            catch (Exception e)
            {
                // Busy connecting or a scan already running: keep the last value.
                Debug.WriteLine("Wi-Fi scan: " + e.Message);
            }
        }

        private void OnScanDone(WifiAdapter sender, object e)
        {
            WifiAvailableNetwork[] networks = sender.NetworkReport.AvailableNetworks;
            int best = 0;
            for (int i = 0; i < networks.Length; i++)
            {
                // The native report pads the SSID with NULs to 33 bytes.
                string ssid = networks[i].Ssid;
                int nul = ssid.IndexOf('\0');
                if (nul >= 0)
                {
                    ssid = ssid.Substring(0, nul);
                }

                int rssi = (int)networks[i].NetworkRssiInDecibelMilliwatts;
                if (ssid == _ssid && (best == 0 || rssi > best))
                {
                    best = rssi;
                }
            }

            _rssi = best;
        }

        public bool TryConnect(int timeoutMs)
        {
            CancellationTokenSource cts = new CancellationTokenSource(timeoutMs);
            try
            {
                bool ok;
                if (!_everConnected && _ssid != null)
                {
                    ok = WifiNetworkHelper.ConnectDhcp(_ssid, _password, WifiReconnectionKind.Automatic, true, 0, cts.Token);
                }
                else
                {
                    ok = WifiNetworkHelper.Reconnect(true, 0, cts.Token);
                }

                if (ok)
                {
                    _everConnected = true;
                }
                else
                {
                    Debug.WriteLine("Wi-Fi: " + StatusText(WifiNetworkHelper.Status));
                }

                return ok;
            }
            catch (Exception e)
            {
                // Reconnecting after a timed-out attempt has thrown on some firmware: the stand just retries later.
                Debug.WriteLine("Wi-Fi: " + e.Message);
                return false;
            }
            finally
            {
                cts.Dispose();
            }
        }

        private static string StatusText(NetworkHelperStatus status)
        {
            switch (status)
            {
                case NetworkHelperStatus.TokenExpiredWaitingIPAddress: return "timed out waiting for an IP address";
                case NetworkHelperStatus.TokenExpiredWaitingDateTime: return "timed out waiting for SNTP time";
                case NetworkHelperStatus.FailedNoNetworkInterface: return "no Wi-Fi interface";
                case NetworkHelperStatus.ErrorConnetingToWiFiWhileScanning: return "SSID not found or wrong password";
                case NetworkHelperStatus.ExceptionOccurred: return "exception in the network helper";
                default: return "not connected";
            }
        }
    }
}
