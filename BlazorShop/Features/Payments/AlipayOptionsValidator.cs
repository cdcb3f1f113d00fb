using Microsoft.Extensions.Options;

namespace BlazorShop.Features.Payments;

/// <summary>With <c>Payment:Provider=Alipay</c>, the gateway's settings must be complete and the keys readable — checked at start.</summary>
public sealed class AlipayOptionsValidator(IOptions<PaymentOptions> payment) : IValidateOptions<AlipayOptions>
{
    public ValidateOptionsResult Validate(string? name, AlipayOptions options)
    {
        if (payment.Value.Provider != PaymentProvider.Alipay) return ValidateOptionsResult.Skip;
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
