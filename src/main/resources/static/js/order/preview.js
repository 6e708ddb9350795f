// The 3D preview of a model, drawn from the file on the client's own disk (nothing is downloaded back).
// three.js is imported only when a preview is drawn, so a browser without WebGL never loads it and a
// failure to load it costs the preview, not the page.

const MAX_PREVIEW_BYTES = 50 * 1024 * 1024;

let webGl = null;

/** Whether this browser can draw WebGL at all; asked once. */
export function hasWebGl() {
  if (webGl === null) {
    try {
      const canvas = document.createElement('canvas');
      webGl = !!(window.WebGLRenderingContext && (canvas.getContext('webgl2') || canvas.getContext('webgl')));
    } catch (e) {
      webGl = false;
    }
  }
  return webGl;
}

function showMessage(container, text) {
  container.replaceChildren();
  const p = document.createElement('p');
  p.className = 'preview-message muted';
  p.textContent = text;
  container.appendChild(p);
}

/**
 * Draws the model into container. format is the server's verdict (STL_BINARY, STL_ASCII, THREE_MF).
 * Resolves with a handle {setColour(hex), dispose()}; never rejects (a message replaces the preview).
 */
export async function showPreview(container, file, format, colour) {
  const inert = { setColour() {}, dispose() {} };
  if (!hasWebGl()) {
    showMessage(container, '3D preview needs WebGL, which this browser does not offer. The sizes are shown beside it.');
    return inert;
  }
  if (file.size > MAX_PREVIEW_BYTES) {
    showMessage(container, 'This model is too large to preview in the browser; it is still priced and printed as uploaded.');
    return inert;
  }
  try {
    const [three, { OrbitControls }] = await Promise.all([
      import('three'), import('three/addons/controls/OrbitControls.js')]);
    const object = await loadModel(three, file, format);
    return draw(three, OrbitControls, container, object, colour);
  } catch (e) {
    console.warn('3D preview failed', e);
    showMessage(container, /webgl/i.test(String(e && e.message))
      ? '3D preview needs WebGL, which this browser could not start.'
      : 'The 3D preview could not be drawn for this file.');
    return inert;
  }
}

async function loadModel(three, file, format) {
  const buffer = await file.arrayBuffer();
  if (format === 'THREE_MF') {
    const { ThreeMFLoader } = await import('three/addons/loaders/3MFLoader.js');
    return new ThreeMFLoader().parse(buffer);
  }
  const { STLLoader } = await import('three/addons/loaders/STLLoader.js');
  const geometry = new STLLoader().parse(buffer);
  geometry.computeVertexNormals();
  return new three.Mesh(geometry, new three.MeshStandardMaterial({ color: 0x3b82f6 }));
}

function draw(three, OrbitControls, container, object, colour) {
  const renderer = new three.WebGLRenderer({ antialias: true, alpha: true });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
  const scene = new three.Scene();
  scene.add(new three.HemisphereLight(0xffffff, 0x8899aa, 2.2));
  const sun = new three.DirectionalLight(0xffffff, 1.6);
  sun.position.set(1, 2, 1.5);
  scene.add(sun);

  // print models are Z-up; three.js is Y-up
  const holder = new three.Group();
  holder.rotation.x = -Math.PI / 2;
  holder.add(object);
  scene.add(holder);
  const box = new three.Box3().setFromObject(holder);
  const centre = box.getCenter(new three.Vector3());
  holder.position.sub(centre);
  const radius = Math.max(box.getSize(new three.Vector3()).length() / 2, 1e-6);

  const camera = new three.PerspectiveCamera(40, 1, radius / 100, radius * 100);
  const distance = radius / Math.sin((camera.fov * Math.PI) / 360);
  camera.position.set(distance * 0.6, distance * 0.5, distance * 0.75);
  camera.lookAt(0, 0, 0);

  container.replaceChildren(renderer.domElement);
  renderer.domElement.className = 'preview-canvas';
  // focusable, so the arrow keys pan it like a drag does
  renderer.domElement.tabIndex = 0;
  renderer.domElement.setAttribute('role', 'img');
  renderer.domElement.setAttribute('aria-label', container.dataset.label || '3D preview');
  const render = () => renderer.render(scene, camera);

  const resize = () => {
    const width = container.clientWidth || 320;
    const height = container.clientHeight || 240;
    renderer.setSize(width, height, false);
    camera.aspect = width / height;
    camera.updateProjectionMatrix();
    render();
  };
  const observer = new ResizeObserver(resize);
  observer.observe(container);
  resize();

  const controls = new OrbitControls(camera, renderer.domElement);
  controls.addEventListener('change', render);
  controls.listenToKeyEvents(renderer.domElement);

  const paint = (name) => {
    const color = shade(three, name);
    object.traverse((node) => {
      if (node.isMesh) {
        node.material = new three.MeshStandardMaterial({ color, roughness: 0.6, metalness: 0.05 });
      }
    });
  };
  paint(colour);
  render();
  return {
    setColour(hex) {
      paint(hex);
      render();
    },
    dispose() {
      observer.disconnect();
      controls.dispose();
      renderer.dispose();
      renderer.forceContextLoss();
    },
  };
}

/**
 * The material's colour as the model's, kept between dark grey and light grey: black or white plastic
 * would otherwise show no shading at all. Names that are no CSS colour ("Clear") get the default.
 */
function shade(three, name) {
  const color = new three.Color(0x3b82f6);
  if (name && window.CSS && CSS.supports('color', name)) {
    color.setStyle(name);
    const hsl = color.getHSL({});
    color.setHSL(hsl.h, hsl.s, Math.min(Math.max(hsl.l, 0.22), 0.8));
  }
  return color;
}
