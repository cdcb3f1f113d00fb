using System.Net;
using System.Text.Json;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace BlazorShop.Tests.Features.Accounts.Register;

/// <summary>Registering through the plain form (no script): captcha → SMS code → account, signed in at once.</summary>
public class RegisterTests(SignInApp app) : IClassFixture<SignInApp>
{
    private const string Password = "register1a";

    private sealed record Form(HttpClient Client, Dictionary<string, string> Fields, string Html);

    private async Task<Form> OpenAsync(HttpClient? client = null)
    {
        client ??= app.Client();
        var html = await client.GetStringAsync("/register");
        return new Form(client, HttpForms.HiddenInputs(html), html);
    }

    private static Dictionary<string, string> Filled(Form form, string userName, string mobile, string? code = null, string action = "register",
        string password = Password, string? confirm = null, bool terms = true)
    {
        var fields = new Dictionary<string, string>(form.Fields)
        {
            ["Input.UserName"] = userName, ["Input.Password"] = password, ["Input.ConfirmPassword"] = confirm ?? password,
            ["Input.Mobile"] = mobile, ["Input.SmsCode"] = code ?? "", ["Input.Action"] = action,
        };
        if (terms) fields["Input.AcceptTerms"] = "true";
        return fields;
    }

    private static async Task<(HttpResponseMessage Response, string Html)> PostAsync(Form form, Dictionary<string, string> fields)
    {
        var response = await form.Client.PostAsync("/register", new FormUrlEncodedContent(fields));
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>"Send code" as a shopper without script does it: the whole form with the captcha answer.</summary>
    private async Task<(Form Form, string Code)> SendCodeAsync(string userName, string mobile)
    {
        var form = await OpenAsync();
        var fields = Filled(form, userName, mobile, action: "send-code");
        fields["Input.Captcha"] = await app.CaptchaAnswerAsync(SignInApp.CaptchaIdIn(form.Html));
        var (response, html) = await PostAsync(form, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("短信验证码已发送，5分钟内有效", html);
        Assert.NotEqual(SignInApp.CaptchaIdIn(form.Html), SignInApp.CaptchaIdIn(html)); // the used one is replaced
        Assert.DoesNotContain(Password, html);
        return (form with { Html = html, Fields = HttpForms.HiddenInputs(html) }, (await app.LatestCodeAsync(mobile))!);
    }

    [Fact]
    public async Task A_shopper_registers_without_script_and_is_signed_in()
    {
        var userName = SignInApp.NewUserName();
        var mobile = SignInApp.NewMobile();
        var (form, code) = await SendCodeAsync(userName, mobile);
        Assert.Contains(code, (await app.DeliveredAsync(mobile)).Body);

        var (response, _) = await PostAsync(form, Filled(form, userName, mobile, code));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await app.DbAsync(db => db.Users.SingleAsync(u => u.UserName == userName));
        Assert.Equal(mobile, user.Mobile);
        Assert.Contains(app.Observer.Calls, c => c.UserId == user.Id && c.Path == "/register" && c.AuthCookieSet && !c.ResponseStarted);
        Assert.Contains(userName, await form.Client.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostLoginAsync(app.Client(), mobile, Password)).StatusCode);
    }

    public static TheoryData<string, string, string, string, bool, string, string> BadInput => new()
    {
        // user name, password, confirmation, mobile, terms → field message expected
        { "abcd", Password, Password, "", true, "Input.UserName", "用户名须为5-20个字符，只能包含字母、数字、下划线和减号，且不能是纯数字" },
        { "abcdefghijklmnopqrstu", Password, Password, "", true, "Input.UserName", "用户名须为5-20个字符，只能包含字母、数字、下划线和减号，且不能是纯数字" },
        { "abc de", Password, Password, "", true, "Input.UserName", "用户名须为5-20个字符，只能包含字母、数字、下划线和减号，且不能是纯数字" },
        { "张三丰丰丰", Password, Password, "", true, "Input.UserName", "用户名须为5-20个字符，只能包含字母、数字、下划线和减号，且不能是纯数字" },
        { "1234567", Password, Password, "", true, "Input.UserName", "用户名须为5-20个字符，只能包含字母、数字、下划线和减号，且不能是纯数字" },
        { "<script>", Password, Password, "", true, "Input.UserName", "用户名须为5-20个字符，只能包含字母、数字、下划线和减号，且不能是纯数字" },
        { "{user}", "short1a", "short1a", "", true, "Input.Password", "密码须为8-20个字符" },
        { "{user}", "abcdefgh1abcdefgh1abc", "abcdefgh1abcdefgh1abc", "", true, "Input.Password", "密码须为8-20个字符" },
        { "{user}", "ABCDEFGH1", "ABCDEFGH1", "", true, "Input.Password", "密码须包含小写字母" },
        { "{user}", "abcdefghi", "abcdefghi", "", true, "Input.Password", "密码须包含数字" },
        { "{user}", Password, Password + "x", "", true, "Input.ConfirmPassword", "两次输入的密码不一致" },
        { "{user}", Password, Password, "1380013800", true, "Input.Mobile", "请输入正确的11位手机号" },
        { "{user}", Password, Password, "23800138000", true, "Input.Mobile", "请输入正确的11位手机号" },
        { "{user}", Password, Password, "{mobile}", false, "Input.AcceptTerms", "请阅读并同意用户使用协议" },
        { "{user}", Password, Password, "{mobile}", true, "Input.SmsCode", "请输入6位数字短信验证码" },
    };

    [Theory, MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_message_at_its_field_and_no_account(string userName, string password, string confirm, string mobile, bool terms, string field, string message)
    {
        userName = userName.Replace("{user}", SignInApp.NewUserName());
        mobile = mobile.Replace("{mobile}", SignInApp.NewMobile());
        var form = await OpenAsync();
        var (response, html) = await PostAsync(form, Filled(form, userName, mobile, "", password: password, confirm: confirm, terms: terms));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, SignInApp.ValidationMessages(html));
        Assert.Matches($"name=\"{field.Replace(".", "\\.")}\"[^>]*class=\"[^\"]*invalid", html.Replace("class=\"valid\"", ""));
        Assert.False(await app.DbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)));
        Assert.DoesNotContain($"value=\"{password}\"", html);
    }

    [Fact]
    public async Task A_wrong_sms_code_registers_nobody()
    {
        var userName = SignInApp.NewUserName();
        var mobile = SignInApp.NewMobile();
        var (form, code) = await SendCodeAsync(userName, mobile);
        var (_, html) = await PostAsync(form, Filled(form, userName, mobile, code == "123456" ? "654321" : "123456"));
        Assert.Contains("短信验证码错误或已失效，请重新获取", SignInApp.ValidationMessages(html));
        Assert.False(await app.DbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)));
    }

    [Fact]
    public async Task A_code_sent_to_one_number_does_not_register_another()
    {
        var userName = SignInApp.NewUserName();
        var (form, code) = await SendCodeAsync(userName, SignInApp.NewMobile());
        var (_, html) = await PostAsync(form, Filled(form, userName, SignInApp.NewMobile(), code));
        Assert.Contains("短信验证码错误或已失效，请重新获取", SignInApp.ValidationMessages(html));
    }

    [Fact]
    public async Task Taken_names_and_numbers_are_refused_whatever_the_case()
    {
        var existing = await app.CreateUserAsync("existing1a");
        var form = await OpenAsync();
        var (_, html) = await PostAsync(form, Filled(form, existing.UserName!.ToUpperInvariant(), existing.Mobile!, "123456"));
        var messages = SignInApp.ValidationMessages(html);
        Assert.Contains("该用户名已被注册", messages);
        Assert.Contains("该手机号已被注册", messages);
    }

    [Fact]
    public async Task Send_code_without_script_refuses_a_wrong_captcha_at_its_field()
    {
        var form = await OpenAsync();
        var fields = Filled(form, SignInApp.NewUserName(), SignInApp.NewMobile(), action: "send-code");
        fields["Input.Captcha"] = "????";
        var (_, html) = await PostAsync(form, fields);
        Assert.Contains("图形验证码错误或已过期，请重新输入", SignInApp.ValidationMessages(html));
        Assert.Null(await app.LatestCodeAsync(fields["Input.Mobile"]));
    }

    [Fact]
    public async Task Availability_is_answered_while_typing()
    {
        var existing = await app.CreateUserAsync("existing1a");
        var client = app.Client();
        async Task<(bool Ok, string Message)> CheckAsync(string query)
        {
            var json = JsonDocument.Parse(await client.GetStringAsync("/register/check?" + query)).RootElement;
            return (json.GetProperty("ok").GetBoolean(), json.GetProperty("message").GetString()!);
        }
        Assert.Equal((false, "该用户名已被注册"), await CheckAsync("username=" + existing.UserName!.ToUpperInvariant()));
        Assert.Equal((true, "用户名可以使用"), await CheckAsync("username=" + SignInApp.NewUserName()));
        Assert.False((await CheckAsync("username=ab")).Ok);
        Assert.Equal((false, "该手机号已被注册"), await CheckAsync("mobile=" + existing.Mobile));
        Assert.Equal((true, "手机号可以使用"), await CheckAsync("mobile=" + SignInApp.NewMobile()));
        Assert.Equal((false, "请输入正确的11位手机号"), await CheckAsync("mobile=12345"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/register/check")).StatusCode);
    }

    [Fact]
    public async Task Enter_submits_the_register_button_not_new_image_or_send_code()
    {
        var form = await OpenAsync();
        var registerForm = System.Text.RegularExpressions.Regex.Match(form.Html, "<form[^>]*action=\"/register\"[\\s\\S]*?</form>").Value;
        var firstSubmit = System.Text.RegularExpressions.Regex.Match(registerForm, "<button type=\"submit\"[^>]*>").Value;
        Assert.Contains("value=\"register\"", firstSubmit);
    }
}
