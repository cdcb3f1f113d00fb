namespace BlazorShop.Infrastructure.Events;

public enum EventBusProvider { InProcess, Redis }
