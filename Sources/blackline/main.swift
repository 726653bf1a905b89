import BlacklineCLI
BlacklineCLI.main()
