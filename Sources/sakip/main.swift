import SakipCLI

SakipCommand.main()
