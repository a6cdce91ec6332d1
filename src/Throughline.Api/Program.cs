using Throughline.Api.Hosting;

var app = await ApiApplication.CreateAsync(args);
await app.RunAsync();
