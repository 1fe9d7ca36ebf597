namespace Dashboard.Features.ReviewMode;

public static class ReviewRegistration
{
    public static IServiceCollection AddReviewMode(this IServiceCollection services)
    {
        services.AddSingleton<ReviewLoader>();
        return services;
    }
}
