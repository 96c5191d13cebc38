// Components are tested with the app's own styles, so sizes, focus rings and scrolling are real.
import '../../src/app.css';
