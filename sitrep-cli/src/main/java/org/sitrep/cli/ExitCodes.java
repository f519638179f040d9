package org.sitrep.cli;

/**
 * sitrep's exit codes, the one place they are decided (see {@code shared/contract/README.md}).
 *
 * <p>Scripts that drive sitrep over many files must tell "fix your command" from "some articles
 * could not be analysed" from "sitrep is broken", so each has its own code:
 *
 * <ul>
 *   <li>{@link #OK} 0: every input was analysed.
 *   <li>{@link #INTERNAL} 1: a bug or an exhausted resource; picocli maps any exception that escapes
 *       a command to it ({@code exitCodeOnExecutionException} on {@link Main}).
 *   <li>{@link #USAGE} 2: the command line is wrong (unknown option, bad {@code --published} date,
 *       missing file); picocli maps its {@code ParameterException} to it ({@code
 *       exitCodeOnInvalidInput} on {@link Main}), and commands throw one for checks picocli cannot
 *       make itself. Nothing was analysed.
 *   <li>{@link #INPUT_FAILED} 3: some inputs were rejected (empty, binary, unsupported language,
 *       bad JSON line) and each got an error record in the output; all others were processed.
 *       Commands return it from {@code call()}.
 * </ul>
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int INPUT_FAILED = 3;

  private ExitCodes() {}
}
