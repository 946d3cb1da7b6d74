import SakipCLI

await SakipCommand.main()
