using Microsoft.AspNetCore.Http;

namespace QrTerminal.Gateway;

/// <summary>
/// The one-page cashier console: create, cancel and mark invoices paid, with the live state of every terminal.
/// Static HTML + fetch(); the cashier key is typed once (or passed as #key=...) and kept in localStorage.
/// </summary>
internal static class CashierPage
{
    public static Task Write(HttpContext ctx)
    {
        ctx.Response.ContentType = "text/html; charset=utf-8";
        ctx.Response.Headers.CacheControl = "no-store";
        ctx.Response.Headers["Content-Security-Policy"] = "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'";
        return ctx.Response.WriteAsync(Html);
    }

    private const string Html = """
<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>QrTerminal — quầy thu ngân</title>
<style>
 body { font: 15px system-ui, sans-serif; margin: 1.5rem; color: #222; }
 h1 { font-size: 1.3rem; margin: 0 0 1rem; }
 table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
 th, td { border-bottom: 1px solid #ddd; padding: .4rem .5rem; text-align: left; vertical-align: top; }
 th { background: #f4f4f4; }
 .state { font-weight: 600; padding: .1rem .4rem; border-radius: .3rem; }
 .idle { background: #eee; } .invoice { background: #fff3c4; } .paid { background: #c9f2cf; }
 .cancelled, .expired { background: #f6d5d5; }
 .stale { color: #b00; }
 form, .bar { display: flex; gap: .5rem; flex-wrap: wrap; align-items: end; margin-bottom: 1rem; }
 label { display: flex; flex-direction: column; font-size: .85rem; }
 input, select, button { font: inherit; padding: .3rem .5rem; }
 code { font-size: .8rem; word-break: break-all; }
 #msg { min-height: 1.2rem; color: #b00; }
</style>
</head>
<body>
<h1>QrTerminal — quầy thu ngân (dev gateway)</h1>
<div class="bar">
 <label>Cashier key <input id="key" type="password" size="24" autocomplete="off"></label>
 <button id="savekey" type="button">Lưu / Save</button>
</div>
<form id="create">
 <label>Terminal <select id="terminal"></select></label>
 <label>Số tiền (VND) <input id="amount" type="number" min="1" step="1" value="150000" required></label>
 <label>Mã hoá đơn / reference <input id="reference" maxlength="25" pattern="[A-Za-z0-9]*" placeholder="(tự động)"></label>
 <label>Nội dung <input id="description" maxlength="100" value="Vien phi kham benh"></label>
 <label>Hiệu lực (s) <input id="ttl" type="number" min="1" max="86400" value="300"></label>
 <button type="submit">Tạo hoá đơn / Create invoice</button>
</form>
<div id="msg"></div>
<table>
 <thead><tr><th>Terminal</th><th>State</th><th>Invoice</th><th>Last seen</th><th>Last event</th><th></th></tr></thead>
 <tbody id="terminals"></tbody>
</table>
<script>
const $ = id => document.getElementById(id);
const m = location.hash.match(/key=([^&]+)/);
if (m) { localStorage.setItem('cashierKey', decodeURIComponent(m[1])); history.replaceState(null, '', location.pathname); }
$('key').value = localStorage.getItem('cashierKey') || '';
$('savekey').onclick = () => { localStorage.setItem('cashierKey', $('key').value); refresh(); };
const vnd = n => n.toLocaleString('vi-VN') + ' ₫';
const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));
async function api(method, path, body) {
  const r = await fetch(path, { method, headers: { 'X-Cashier-Key': $('key').value, ...(body ? {'Content-Type': 'application/json'} : {}) },
                                body: body ? JSON.stringify(body) : undefined });
  const j = r.status === 204 ? {} : await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(j.message || ('HTTP ' + r.status));
  return j;
}
function ago(iso, now) { if (!iso) return '—'; const s = Math.round((Date.parse(now) - Date.parse(iso)) / 1000); return s + ' s'; }
async function refresh() {
  try {
    const j = await api('GET', '/api/v1/terminals');
    const sel = $('terminal'), cur = sel.value;
    sel.innerHTML = j.terminals.map(t => `<option>${esc(t.id)}</option>`).join('');
    if (cur) sel.value = cur;
    $('terminals').innerHTML = j.terminals.map(t => {
      const inv = t.invoice;
      const left = inv && t.state === 'invoice' ? Math.max(0, Math.round((Date.parse(inv.expiresAt) - Date.parse(j.serverTime)) / 1000)) + ' s left' : '';
      const seen = ago(t.lastSeen, j.serverTime);
      const stale = !t.lastSeen || (Date.parse(j.serverTime) - Date.parse(t.lastSeen)) > 60000;
      const ev = t.lastEvent ? `${esc(t.lastEvent.type)} ${esc(t.lastEvent.reason || '')} ${esc(t.lastEvent.detail || '')}` : '—';
      const acts = inv && t.state === 'invoice'
        ? `<button onclick="act('cancel','${esc(inv.id)}')">Huỷ / Cancel</button>
           <button onclick="act('simulate-payment','${esc(inv.id)}')">Đã nhận tiền / Mark paid</button>` : '';
      return `<tr><td>${esc(t.id)}<br><small>v${t.version}</small></td>
        <td><span class="state ${esc(t.state)}">${esc(t.state)}</span></td>
        <td>${inv ? `${esc(inv.id)} · ${vnd(inv.amount)} · ${esc(inv.reference)} ${left}<br>
             ${inv.transactionRef ? 'bank ref ' + esc(inv.transactionRef) + '<br>' : ''}<code>${esc(inv.qrPayload)}</code>` : '—'}</td>
        <td class="${stale ? 'stale' : ''}">${seen}</td><td>${ev}</td><td>${acts}</td></tr>`;
    }).join('');
    $('msg').textContent = '';
  } catch (e) { $('msg').textContent = e.message; }
}
async function act(what, id) {
  try { await api('POST', `/api/v1/invoices/${encodeURIComponent(id)}/${what}`); refresh(); }
  catch (e) { $('msg').textContent = e.message; }
}
$('create').onsubmit = async ev => {
  ev.preventDefault();
  try {
    await api('POST', `/api/v1/terminals/${encodeURIComponent($('terminal').value)}/invoices`, {
      amount: Number($('amount').value), reference: $('reference').value || null,
      description: $('description').value, ttlSeconds: Number($('ttl').value) });
    refresh();
  } catch (e) { $('msg').textContent = e.message; }
};
refresh(); setInterval(refresh, 1000);
</script>
</body>
</html>
""";
}
