import SakipCLI

await SakipCommand.launch()
