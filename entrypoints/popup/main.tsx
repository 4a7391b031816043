import { render } from 'preact';

function Popup() {
  return <main>Liveline</main>;
}

render(<Popup />, document.getElementById('app')!);
