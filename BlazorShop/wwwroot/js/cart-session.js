// A guest's cart lives on the server under an id in an HttpOnly cookie, which a Blazor circuit can't see. Islands ask
// the browser to fetch a short-lived protected token for it (same origin, the cookie goes along); with create=true a
// cart (and its cookie) is issued on this request.
window.blazorShopCart = {
  session: async (create) => {
    const response = await fetch('/cart/session' + (create ? '?create=1' : ''), { method: 'POST', credentials: 'same-origin' });
    if (!response.ok) return null;
    return (await response.json()).token ?? null;
  },
};
