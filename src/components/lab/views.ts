/**
 * The Lab and Learn views in one lazy chunk: they share the model and mode catalogue, and one
 * chunk keeps the bundler from splitting the first page's shared code into more files.
 */
export { LearnView } from '../learn/learn-view';
export { LabView } from './lab-view';
