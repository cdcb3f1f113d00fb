namespace BlazorShop.Domain;

/// <summary>An image captcha: the characters drawn into its PNG, kept server-side until it is checked once or expires.</summary>
public class Captcha
{
    /// <summary>32 random hex characters, chosen by the server.</summary>
    public string Id { get; set; } = "";
    /// <summary>The characters in the image (upper case).</summary>
    public string Answer { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
}
