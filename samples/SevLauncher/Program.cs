using SevLauncher;

// sev-launch: see SevLaunchApp; README.md at the repository root has a tour.
return SevLaunchApp.Run(args, Console.Out, Console.Error, LauncherEnvironment.Live);
