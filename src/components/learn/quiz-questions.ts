/**
 * The quiz as data: each question's choices in display order and the right one. Texts live in
 * the `learn.quiz.questions.<id>` catalogue; the questions follow the misconceptions of
 * shared/reference/kernel-bonding.md §1.4.
 */

/** One quiz question: ids of its choices and of the correct choice. */
export interface QuizQuestion {
  id: string;
  choices: readonly string[];
  answer: string;
}

/** Every question, in the order the quiz asks them. */
export const QUIZ_QUESTIONS: readonly QuizQuestion[] = [
  {
    id: 'modeTwoThree',
    choices: ['broadcastXor', 'xorBroadcast', 'bothXor'],
    answer: 'xorBroadcast',
  },
  { id: 'activeBackupBalance', choices: ['twoLinks', 'half', 'oneLink'], answer: 'oneLink' },
  { id: 'promiscuous', choices: ['yes', 'no', 'activeOnly'], answer: 'no' },
  { id: 'whoBalances', choices: ['ifenslave', 'switch', 'kernel'], answer: 'kernel' },
  { id: 'slaveLowercase', choices: ['same', 'ignored', 'error'], answer: 'ignored' },
  { id: 'staticTrunk', choices: ['nothing', 'static', 'lacp'], answer: 'static' },
  { id: 'lacpNeeded', choices: ['yes', 'ifFast', 'lacp'], answer: 'lacp' },
  { id: 'tlbSwitch', choices: ['static', 'lacp', 'none'], answer: 'none' },
  { id: 'hashPolicyModes', choices: ['all', 'hashModes', 'rrBackup'], answer: 'hashModes' },
  { id: 'policyNumbers', choices: ['alphabetical', 'same', 'kernel'], answer: 'kernel' },
  { id: 'miimonDefault', choices: ['hundred', 'none', 'carrier'], answer: 'none' },
  { id: 'oneFlow', choices: ['twoLinks', 'depends', 'oneLink'], answer: 'oneLink' },
  { id: 'twoSwitches', choices: ['lacp', 'activeBackup', 'xor'], answer: 'activeBackup' },
  { id: 'modeChange', choices: ['live', 'downOnly', 'downEmpty'], answer: 'downEmpty' },
  { id: 'monitorsExclusive', choices: ['both', 'exclusive', 'refused'], answer: 'exclusive' },
  {
    id: 'broadcastUse',
    choices: ['speed', 'multicast', 'separateNetworks'],
    answer: 'separateNetworks',
  },
];
