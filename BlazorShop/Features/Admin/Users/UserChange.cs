namespace BlazorShop.Features.Admin.Users;

public enum UserChange { Done, NotFound, NotYourself }
