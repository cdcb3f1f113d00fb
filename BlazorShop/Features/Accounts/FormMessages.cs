using Microsoft.AspNetCore.Components.Forms;

namespace BlazorShop.Features.Accounts;

/// <summary>
/// Server-side validation messages for a plain (static-rendered) form: the page checks what was posted and puts each
/// message, in the shopper's language, next to its field through the form's <see cref="EditContext"/>.
/// </summary>
public sealed class FormMessages
{
    private readonly ValidationMessageStore _store;

    public FormMessages(object model)
    {
        Model = model;
        Context = new EditContext(model);
        _store = new ValidationMessageStore(Context);
    }

    public object Model { get; }
    public EditContext Context { get; }
    public bool Any { get; private set; }

    public void Add(string field, string message)
    {
        _store.Add(new FieldIdentifier(Model, field), message);
        Any = true;
        Context.NotifyValidationStateChanged();
    }

    public void AddAll(IEnumerable<KeyValuePair<string, string>> messages)
    {
        foreach (var (field, message) in messages) Add(field, message);
    }

    public void Clear()
    {
        _store.Clear();
        Any = false;
        Context.NotifyValidationStateChanged();
    }
}
