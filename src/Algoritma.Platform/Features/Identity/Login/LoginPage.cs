using System.Text.Encodings.Web;

namespace Algoritma.Platform.Features.Identity.Login;

/// <summary>A plain, accessible sign-in page, Indonesian first.</summary>
internal static class LoginPage
{
    public static string Render(string clientName, string returnUrl, string antiforgeryField, string antiforgeryToken, string? error, string? userName)
    {
        var html = HtmlEncoder.Default;
        var alert = error is null ? string.Empty
            : $"""<p class="error" role="alert" id="login-error">{html.Encode(error)}</p>""";
        return $$"""
            <!DOCTYPE html>
            <html lang="id">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Masuk — Algoritma</title>
              <style>
                body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1b; }
                label { display: block; margin-top: 1rem; font-weight: 600; }
                input { width: 100%; padding: .6rem; font-size: 1rem; box-sizing: border-box; border: 1px solid #555; border-radius: 4px; }
                input:focus, button:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
                button { margin-top: 1.5rem; width: 100%; padding: .7rem; font-size: 1rem; background: #0b5394; color: #fff; border: 0; border-radius: 4px; }
                .error { background: #fde8e8; border-left: 4px solid #b00020; padding: .6rem; }
                .hint { color: #444; font-size: .9rem; }
              </style>
            </head>
            <body>
              <main>
                <h1>Masuk</h1>
                <p class="hint">untuk melanjutkan ke <strong>{{html.Encode(clientName)}}</strong> <span lang="en">(Sign in to continue)</span></p>
                {{alert}}
                <form method="post" action="/account/login" novalidate>
                  <input type="hidden" name="{{html.Encode(antiforgeryField)}}" value="{{html.Encode(antiforgeryToken)}}">
                  <input type="hidden" name="returnUrl" value="{{html.Encode(returnUrl)}}">
                  <label for="username">Nama pengguna <span lang="en">(User name)</span></label>
                  <input id="username" name="username" autocomplete="username" required value="{{html.Encode(userName ?? string.Empty)}}"{{(error is null ? string.Empty : " aria-describedby=\"login-error\"")}}>
                  <label for="password">Kata sandi <span lang="en">(Password)</span></label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <button type="submit">Masuk <span lang="en">(Sign in)</span></button>
                </form>
              </main>
            </body>
            </html>
            """;
    }

    public static string SignedOut() => """
        <!DOCTYPE html>
        <html lang="id"><head><meta charset="utf-8"><title>Keluar — Algoritma</title></head>
        <body><main><h1>Anda telah keluar</h1><p lang="en">You have signed out.</p></main></body></html>
        """;
}
